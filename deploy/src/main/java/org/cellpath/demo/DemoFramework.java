package org.cellpath.demo;

import java.util.List;

import org.cellpath.platform.framework.BloomLevel;
import org.cellpath.platform.framework.OutcomeType;
import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.identity.OrganisationType;

/** The shape of {@code demo/framework.json}. */
record DemoFramework(List<RegionEntry> regions, List<OrganisationEntry> organisations, List<SkillEntry> skills,
		List<OutcomeEntry> outcomes, List<OccupationEntry> occupations, List<DemandEntry> demand) {

	record RegionEntry(String code, String name, String country) {
	}

	record OrganisationEntry(String slug, String name, OrganisationType type, String region, String website,
			String email, String description) {
	}

	record SkillEntry(String uri, String label) {
	}

	record OutcomeEntry(String code, String statement, OutcomeType type, BloomLevel bloomLevel, int eqfLevel,
			SkillCategory category, List<String> skills) {
	}

	/** A skill need the demo employer states. */
	record DemandEntry(String occupation, String region, int headcount, int horizonMonths, String note) {
	}

	record OccupationEntry(String code, String name, String description, String escoOccupation,
			List<String> outcomes) {
	}

}
