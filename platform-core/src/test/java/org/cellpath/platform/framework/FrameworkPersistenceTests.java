package org.cellpath.platform.framework;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cellpath.platform.TestUsers;
import org.cellpath.platform.framework.LearningOutcome.OutcomeDescription;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The framework's tables, constraints and queries on a real MariaDB. */
@SpringBootTest
class FrameworkPersistenceTests {

	@Autowired
	LearningOutcomes outcomes;

	@Autowired
	Skills skills;

	@Autowired
	Occupations occupations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migrationsCreateEveryTableTheEntitiesNeed() {
		List<String> tables = this.jdbc.queryForList(
				"SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = DATABASE()", String.class);
		assertThat(tables).contains("region", "organisation", "app_user", "app_user_role", "skill",
				"learning_outcome", "learning_outcome_skill", "occupation", "occupation_outcome", "attainment",
				"attainment_evidence", "demand", "event_publication", "flyway_schema_history");
	}

	@Test
	void anOutcomeIsStoredWithItsSkillsAndFoundByCode() {
		Skill skill = this.skills.save(new Skill(skillUri(), "test skill"));
		String code = code();
		this.outcomes.saveAndFlush(new LearningOutcome(code, description(4), Set.of(skill)));
		LearningOutcome found = this.outcomes.findByCode(code).orElseThrow();
		assertThat(found.getEqfLevel()).isEqualTo(4);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM learning_outcome_skill s JOIN learning_outcome o ON o.id = s.outcome_id WHERE o.code = ?",
				Integer.class, code))
			.isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesTwoOutcomesWithOneCode() {
		String code = code();
		this.outcomes.saveAndFlush(new LearningOutcome(code, description(3), Set.of()));
		assertThatThrownBy(() -> this.outcomes.saveAndFlush(new LearningOutcome(code, description(3), Set.of())))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesAnEqfLevelOutsideOneToEight() {
		assertThatThrownBy(() -> this.outcomes.saveAndFlush(new LearningOutcome(code(), description(9), Set.of())))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theFilterCombinesTextLevelAndSkill() {
		Skill skill = this.skills.save(new Skill(skillUri(), "filter skill"));
		String marker = "zebra" + TestUsers.unique("x").substring(2);
		LearningOutcome wanted = this.outcomes
			.save(new LearningOutcome(code(), new OutcomeDescription("Explains the " + marker + " procedure",
					OutcomeType.KNOWLEDGE, BloomLevel.UNDERSTAND, 5, SkillCategory.SECTOR_SPECIFIC), Set.of(skill)));
		this.outcomes.save(new LearningOutcome(code(), new OutcomeDescription("Explains the " + marker + " procedure",
				OutcomeType.KNOWLEDGE, BloomLevel.UNDERSTAND, 3, SkillCategory.SECTOR_SPECIFIC), Set.of()));
		var page = this.outcomes.findAll(new OutcomeFilter(marker, 5, null, null, skill.getUri()).specification(),
				Pageable.ofSize(10));
		assertThat(page.getContent()).extracting(LearningOutcome::getCode).containsExactly(wanted.getCode());
		assertThat(this.outcomes.findAll(new OutcomeFilter(marker.toUpperCase(), null, null, null, null).specification(),
				Pageable.ofSize(10)).getTotalElements()).isEqualTo(2);
	}

	@Test
	void anOccupationListsWhoRequiresAnOutcome() {
		LearningOutcome outcome = this.outcomes.save(new LearningOutcome(code(), description(4), Set.of()));
		String occupationCode = "OCC-" + code();
		this.occupations.saveAndFlush(new Occupation(occupationCode, "Test operator", "Runs tests.", null, Set.of(outcome)));
		assertThat(this.occupations.findRequiring(outcome)).extracting(Occupation::getCode).containsExactly(occupationCode);
	}

	static String code() {
		return "T-" + TestUsers.unique("X").substring(2).toUpperCase();
	}

	static String skillUri() {
		return "http://data.europa.eu/esco/skill/" + UUID.randomUUID();
	}

	static OutcomeDescription description(int eqf) {
		return new OutcomeDescription("Describes a test outcome well enough", OutcomeType.SKILL, BloomLevel.APPLY, eqf,
				SkillCategory.TRANSVERSAL);
	}

}
