package org.cellpath.platform.learning.claim;

/** What happened to a claim, as its audit trail records it. */
public enum ClaimAction {

	SUBMITTED, FILE_ADDED, LINK_ADDED, REFERENCE_ADDED, RESUBMITTED, MORE_EVIDENCE_REQUESTED, APPROVED, REJECTED;

	public String messageKey() {
		return "claims.action." + name();
	}

}
