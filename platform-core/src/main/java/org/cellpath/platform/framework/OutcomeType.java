package org.cellpath.platform.framework;

/** What kind of learning an outcome states. */
public enum OutcomeType {

	KNOWLEDGE, SKILL, COMPETENCE

}
