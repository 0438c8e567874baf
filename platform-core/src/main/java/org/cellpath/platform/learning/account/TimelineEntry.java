package org.cellpath.platform.learning.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Something that happened in a learning account: an outcome attained (with the evidence that
 * first credited it) or more evidence added to an outcome attained before.
 *
 * @param at when
 * @param attained whether this attained the outcome (false: evidence added later)
 * @param outcome the outcome concerned
 * @param evidence the evidence recorded
 */
public record TimelineEntry(Instant at, boolean attained, RecordedOutcome outcome, RecordedEvidence evidence) {

	/** The day it happened (UTC). */
	public LocalDate on() {
		return LocalDate.ofInstant(this.at, ZoneOffset.UTC);
	}

}
