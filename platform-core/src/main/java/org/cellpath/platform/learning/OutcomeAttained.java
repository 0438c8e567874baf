package org.cellpath.platform.learning;

import java.time.Instant;

/**
 * A learner attained a learning outcome for the first time. Published once per attainment,
 * whatever evidence follows later.
 *
 * @param attainmentId the new attainment
 * @param learnerId who attained it
 * @param outcomeId which outcome
 * @param evidenceType the evidence that first credited it
 * @param sourceRef where that evidence came from
 * @param attainedAt when
 */
public record OutcomeAttained(long attainmentId, long learnerId, long outcomeId, EvidenceType evidenceType,
		String sourceRef, Instant attainedAt) {
}
