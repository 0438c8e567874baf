package org.cellpath.platform.learning.claim;

/** Where a prior-learning claim stands. */
public enum ClaimStatus {

	/** Waiting for a teacher's decision. */
	SUBMITTED,

	/** A teacher asked for more evidence; the learner adds it and submits again. */
	MORE_EVIDENCE_REQUESTED,

	/** A teacher approved it and its outcomes were credited. */
	APPROVED,

	/** A teacher rejected it, with a reason. */
	REJECTED;

	public String messageKey() {
		return "claims.status." + name();
	}

	public boolean isOpen() {
		return this == SUBMITTED || this == MORE_EVIDENCE_REQUESTED;
	}

}
