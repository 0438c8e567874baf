package org.cellpath.platform.framework;

import java.util.List;


/** The JSON shapes of the framework API. */
final class FrameworkViews {

	private FrameworkViews() {
	}

	record SkillView(String uri, String label) {

		static SkillView of(Skill skill) {
			return new SkillView(skill.getUri(), skill.getLabel());
		}

	}

	record OutcomeView(long id, String code, String statement, OutcomeType type, BloomLevel bloomLevel, int eqfLevel,
			SkillCategory category, List<SkillView> skills) {

		static OutcomeView of(LearningOutcome outcome) {
			return new OutcomeView(outcome.getId(), outcome.getCode(), outcome.getStatement(), outcome.getType(),
					outcome.getBloomLevel(), outcome.getEqfLevel(), outcome.getCategory(),
					outcome.getSkills().stream().map(SkillView::of).toList());
		}

	}

	record RequiredOutcomeView(long id, String code, String statement, int eqfLevel, SkillCategory category) {

		static RequiredOutcomeView of(LearningOutcome outcome) {
			return new RequiredOutcomeView(outcome.getId(), outcome.getCode(), outcome.getStatement(),
					outcome.getEqfLevel(), outcome.getCategory());
		}

	}

	record OccupationView(long id, String code, String name, String description, String escoUri,
			List<RequiredOutcomeView> outcomes) {

		static OccupationView of(Occupation occupation) {
			return new OccupationView(occupation.getId(), occupation.getCode(), occupation.getName(),
					occupation.getDescription(), occupation.getEscoUri(),
					occupation.getRequiredOutcomes().stream().map(RequiredOutcomeView::of).toList());
		}

	}

}
