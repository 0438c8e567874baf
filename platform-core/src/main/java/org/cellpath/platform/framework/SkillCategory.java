package org.cellpath.platform.framework;

/** How widely an outcome applies, from any job to one occupation. */
public enum SkillCategory {

	TRANSVERSAL, CROSS_SECTORAL, SECTOR_SPECIFIC, OCCUPATION_SPECIFIC

}
