package org.cellpath.platform.learning.sharing;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A share link as the learner asks for it, on the page or through the API.
 *
 * @param attainments the ids of the attainments to show, at least one, all the learner's own
 * @param expiryDays for how many days the link works, 1 to 365; 30 when not given
 * @param label what the learner calls the link (e.g. whom it is for), at most 120 characters;
 * only the learner sees it
 */
public record ShareForm(
		@NotEmpty(message = "{sharing.attainments.required}") @Size(max = ShareForm.MAX_ITEMS, message = "{sharing.attainments.size}") List<@NotNull Long> attainments,
		@NotNull(message = "{sharing.expiry.required}") @Min(value = ShareForm.MIN_DAYS, message = "{sharing.expiry.range}") @Max(value = ShareForm.MAX_DAYS, message = "{sharing.expiry.range}") Integer expiryDays,
		@Size(max = 120, message = "{sharing.label.size}") String label) {

	/** The expiry a link gets when none is chosen. */
	public static final int DEFAULT_DAYS = 30;

	public static final int MIN_DAYS = 1;

	public static final int MAX_DAYS = 365;

	/** The most items one link may show. */
	public static final int MAX_ITEMS = 500;

	public ShareForm {
		expiryDays = (expiryDays != null) ? expiryDays : DEFAULT_DAYS;
		label = (label == null || label.isBlank()) ? null : label.trim();
	}

	/** An empty form with the default expiry. */
	static ShareForm empty() {
		return new ShareForm(List.of(), DEFAULT_DAYS, null);
	}

}
