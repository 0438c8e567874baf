package org.cellpath.platform.learning;

/** Why an outcome counts as attained. */
public enum EvidenceType {

	/** A passed assessment of a unit. */
	UNIT_ASSESSMENT,

	/** A passed placement (test-out) check. */
	PLACEMENT_CHECK,

	/** An assessor approved evidence of prior learning. */
	VALIDATED_PRIOR_LEARNING,

	/** A teacher saw the learner show the outcome at a workplace. */
	WORK_BASED_ASSESSMENT,

	/** A badge from another issuer that Cellpath recognises. */
	RECOGNISED_BADGE

}
