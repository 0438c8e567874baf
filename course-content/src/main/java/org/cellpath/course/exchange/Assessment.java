package org.cellpath.course.exchange;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A unit's assessment, answers included.
 *
 * @param passScore the share of the maximum score needed to pass, more than 0 and at most 1
 * @param maxAttempts how many attempts a learner has on one version; null for unlimited
 * @param items the items, keys unique
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Assessment(double passScore, Integer maxAttempts, List<Item> items) {

	public Assessment {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	/** The item with the key, or null. */
	@JsonIgnore
	public Item item(String key) {
		return this.items.stream().filter((item) -> item.key().equals(key)).findFirst().orElse(null);
	}

}
