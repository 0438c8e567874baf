package org.cellpath.platform.learning.sharing;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One item a share link shows: its kind and the id of the thing of that kind. */
@Embeddable
public class SharedItem {

	@Enumerated(EnumType.STRING)
	private SharedItemKind kind;

	private long itemId;

	protected SharedItem() {
	}

	public SharedItem(SharedItemKind kind, long itemId) {
		this.kind = Objects.requireNonNull(kind, "kind");
		this.itemId = itemId;
	}

	public SharedItemKind getKind() {
		return this.kind;
	}

	public long getItemId() {
		return this.itemId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SharedItem item && item.kind == this.kind && item.itemId == this.itemId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.kind, this.itemId);
	}

}
