package org.cellpath.platform.learning.claim;

import java.time.Instant;
import java.util.List;

/**
 * A prior-learning claim with all its evidence and its audit trail, as the learner and the
 * assessor see it.
 *
 * @param id the claim's id
 * @param learner who claims
 * @param status where it stands
 * @param description what the learner did and learned
 * @param submittedAt when it was first submitted
 * @param updatedAt when it last changed
 * @param assessor who decided it, or null while open (or when that account was erased)
 * @param decidedAt when it was approved or rejected
 * @param outcomes the claimed outcomes
 * @param links web addresses of evidence
 * @param references what referees confirm
 * @param files the evidence files (their content is fetched separately)
 * @param trail every change of state and every piece of evidence added, oldest first
 */
public record Claim(long id, Person learner, ClaimStatus status, String description, Instant submittedAt,
		Instant updatedAt, Person assessor, Instant decidedAt, List<ClaimedOutcome> outcomes, List<Link> links,
		List<Reference> references, List<EvidenceFile> files, List<Event> trail) {

	public List<Long> outcomeIds() {
		return this.outcomes.stream().map(ClaimedOutcome::id).toList();
	}

	/** The latest note a teacher left when asking for more evidence or rejecting, or null. */
	public Event lastRequest() {
		for (int i = this.trail.size() - 1; i >= 0; i--) {
			Event event = this.trail.get(i);
			if (event.action() == ClaimAction.MORE_EVIDENCE_REQUESTED || event.action() == ClaimAction.REJECTED) {
				return event;
			}
		}
		return null;
	}

	/** A person named in a claim; null fields when their account was erased. */
	public record Person(Long id, String username, String displayName) {
	}

	public record ClaimedOutcome(long id, String code, String statement, int eqfLevel) {
	}

	public record Link(String url, Instant addedAt) {
	}

	public record Reference(String name, String organisation, String contact, String confirms, Instant addedAt) {
	}

	public record EvidenceFile(long id, String fileName, String mediaType, long sizeBytes, String sha256,
			Instant addedAt) {
	}

	/** One entry of the audit trail: who did what when, with their note. */
	public record Event(ClaimAction action, Person actor, Instant at, String note) {
	}

}
