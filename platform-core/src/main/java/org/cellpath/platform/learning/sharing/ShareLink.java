package org.cellpath.platform.learning.sharing;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * A link through which anyone who has it sees chosen items of a learner's record, until it
 * expires or the learner revokes it.
 */
@Entity
@Table(name = "share_link")
public class ShareLink {

	/** Whether a link still shows its items. */
	public enum Status {

		ACTIVE, EXPIRED, REVOKED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long learnerId;

	private String token;

	private String label;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant revokedAt;

	@ElementCollection
	@CollectionTable(name = "share_item", joinColumns = @JoinColumn(name = "share_id"))
	@BatchSize(size = 100)
	private Set<SharedItem> items = new LinkedHashSet<>();

	protected ShareLink() {
	}

	ShareLink(long learnerId, String token, String label, Instant createdAt, Instant expiresAt,
			Collection<SharedItem> items) {
		this.learnerId = learnerId;
		this.token = token;
		this.label = label;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.items = new LinkedHashSet<>(items);
	}

	public Long getId() {
		return this.id;
	}

	public Long getLearnerId() {
		return this.learnerId;
	}

	public String getToken() {
		return this.token;
	}

	/** What the learner called the link, for themselves only; may be null. */
	public String getLabel() {
		return this.label;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

	public Set<SharedItem> getItems() {
		return Set.copyOf(this.items);
	}

	/** The ids of the items of one kind. */
	public List<Long> itemIds(SharedItemKind kind) {
		return this.items.stream().filter((item) -> item.getKind() == kind).map(SharedItem::getItemId).sorted().toList();
	}

	public Status status(Instant now) {
		if (this.revokedAt != null) {
			return Status.REVOKED;
		}
		return now.isBefore(this.expiresAt) ? Status.ACTIVE : Status.EXPIRED;
	}

	public boolean isActive(Instant now) {
		return status(now) == Status.ACTIVE;
	}

	/** Ends the link now; revoking it again changes nothing. */
	public void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

}
