package org.cellpath.platform;

import java.util.Set;

import org.cellpath.platform.framework.BloomLevel;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.LearningOutcome.OutcomeDescription;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.framework.Occupations;
import org.cellpath.platform.framework.OutcomeType;
import org.cellpath.platform.framework.SkillCategory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes learning outcomes and occupations for tests, each with a unique code so that tests can
 * share one database.
 */
@Component
public class TestFramework {

	private final LearningOutcomes outcomes;

	private final Occupations occupations;

	TestFramework(LearningOutcomes outcomes, Occupations occupations) {
		this.outcomes = outcomes;
		this.occupations = occupations;
	}

	public static String code(String prefix) {
		return prefix + "-" + TestUsers.unique("X").substring(2).toUpperCase();
	}

	@Transactional
	public LearningOutcome outcome(int eqfLevel) {
		return this.outcomes.save(new LearningOutcome(code("T"), new OutcomeDescription(
				"Carries out a test procedure safely", OutcomeType.SKILL, BloomLevel.APPLY, eqfLevel,
				SkillCategory.SECTOR_SPECIFIC), Set.of()));
	}

	@Transactional
	public Occupation occupation(LearningOutcome... required) {
		String code = code("OCC");
		return this.occupations.save(new Occupation(code, "Operator " + code, "Runs a test line.", null, Set.of(required)));
	}

}
