package org.cellpath.platform.learning.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * An attained outcome with all its evidence, oldest first.
 *
 * @param id the attainment's id
 * @param outcome the outcome attained
 * @param attainedAt when it was first credited
 * @param evidence every piece of evidence, oldest first
 */
public record RecordedAttainment(long id, RecordedOutcome outcome, Instant attainedAt,
		List<RecordedEvidence> evidence) {

	/** The day of the attainment (UTC). */
	public LocalDate attainedOn() {
		return LocalDate.ofInstant(this.attainedAt, ZoneOffset.UTC);
	}

}
