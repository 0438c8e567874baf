package org.cellpath.course.attempt;

import java.time.Instant;

/**
 * A learner's progress in a unit.
 *
 * @param unitId the unit
 * @param blockIndex the content block reached, from 0
 * @param blockCount how many blocks the content has
 * @param percent 0 to 100 (100 once passed)
 * @param passed whether the learner passed the unit's assessment
 * @param attempts attempts submitted on the current version
 * @param attemptsLeft attempts left on the current version, or null when unlimited
 * @param updatedAt the last activity
 */
public record ProgressView(long unitId, int blockIndex, int blockCount, int percent, boolean passed, long attempts,
		Integer attemptsLeft, Instant updatedAt) {
}
