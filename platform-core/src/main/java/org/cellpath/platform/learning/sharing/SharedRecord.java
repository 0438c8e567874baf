package org.cellpath.platform.learning.sharing;

import java.time.Instant;

import org.cellpath.platform.learning.account.LearningRecord;
import org.cellpath.platform.learning.account.OccupationCoverage;

/**
 * What a share link shows: the learner's display name, only the chosen attainments, and when the
 * link ends; for an employer, how the attainments cover an occupation.
 *
 * @param learner the learner's display name
 * @param record the chosen attainments that are still in the account
 * @param expiresAt when the link stops working
 * @param coverage how the attainments cover the occupation an employer chose, or null
 */
public record SharedRecord(String learner, LearningRecord record, Instant expiresAt, OccupationCoverage coverage) {
}
