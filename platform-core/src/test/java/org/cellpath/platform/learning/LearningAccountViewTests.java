package org.cellpath.platform.learning;

import java.time.Instant;
import java.util.Set;

import org.cellpath.platform.TestUsers;
import org.cellpath.platform.framework.BloomLevel;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.LearningOutcome.OutcomeDescription;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.framework.Occupations;
import org.cellpath.platform.framework.OutcomeType;
import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.learning.account.LearningRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The learning account shows every attainment with its evidence, what is in progress, a timeline,
 * and the account grouped by skill category, EQF level and occupation, on the page and in the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LearningAccountViewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LearningOutcomes outcomes;

	@Autowired
	Occupations occupations;

	@Autowired
	LearningAccount account;

	@Autowired
	TestLearningInProgress inProgress;

	@Autowired
	LearningRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	User learner;

	User teacher;

	LearningOutcome safety;

	LearningOutcome cells;

	LearningOutcome teamwork;

	LearningOutcome formation;

	Occupation operator;

	@BeforeEach
	void setUp() {
		this.learner = this.testUsers.user(Role.LEARNER);
		this.teacher = this.testUsers.user(Role.TEACHER);
		this.safety = outcome(3, SkillCategory.CROSS_SECTORAL, "Names the protective equipment of the dry room");
		this.cells = outcome(4, SkillCategory.SECTOR_SPECIFIC, "Describes how cathode chemistries differ");
		this.teamwork = outcome(4, SkillCategory.CROSS_SECTORAL, "Reports a deviation to the shift leader");
		this.formation = outcome(5, SkillCategory.OCCUPATION_SPECIFIC, "Runs a formation programme");
		String code = "OCC-" + TestUsers.unique("V").substring(2).toUpperCase();
		this.operator = this.occupations.save(new Occupation(code, "Cell operator " + code, "Runs a cell line.", null,
				Set.of(this.safety, this.cells, this.formation)));
		this.account.credit(this.learner.getId(), this.safety.getId(),
				new Evidence(EvidenceType.UNIT_ASSESSMENT, "unit:1:v2:attempt:9", "Dry-room safety, version 2", null));
		this.account.credit(this.learner.getId(), this.cells.getId(),
				new Evidence(EvidenceType.WORK_BASED_ASSESSMENT, "workplace:7", "Electrode line at Boreal",
						this.teacher.getId()));
		this.account.credit(this.learner.getId(), this.teamwork.getId(),
				new Evidence(EvidenceType.RECOGNISED_BADGE, "badge:urn:uuid:1", "Teamwork badge from Region North", null));
		this.account.credit(this.learner.getId(), this.safety.getId(),
				new Evidence(EvidenceType.PLACEMENT_CHECK, "placement:4", "Placement check: dry-room safety", null));
	}

	@Test
	void theApiKeepsItsFirstFieldsAndAddsTheAssessorAndCategory() throws Exception {
		this.mvc.perform(get("/api/v1/me/learning-account").with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.learner").value(this.learner.getUsername()))
			.andExpect(jsonPath("$.attainments", hasSize(3)))
			.andExpect(jsonPath("$.attainments[?(@.outcome.code == '%s')].outcome.eqfLevel", this.cells.getCode())
				.value(4))
			.andExpect(jsonPath("$.attainments[?(@.outcome.code == '%s')].outcome.category", this.cells.getCode())
				.value("SECTOR_SPECIFIC"))
			.andExpect(jsonPath("$.attainments[?(@.outcome.code == '%s')].evidence[0].type", this.cells.getCode())
				.value("WORK_BASED_ASSESSMENT"))
			.andExpect(jsonPath("$.attainments[?(@.outcome.code == '%s')].evidence[0].source", this.cells.getCode())
				.value("Electrode line at Boreal"))
			.andExpect(jsonPath("$.attainments[?(@.outcome.code == '%s')].evidence[0].sourceRef", this.cells.getCode())
				.value("workplace:7"))
			.andExpect(jsonPath("$.attainments[?(@.outcome.code == '%s')].evidence[0].assessor", this.cells.getCode())
				.value(this.teacher.getDisplayName()))
			.andExpect(jsonPath("$.attainments[?(@.outcome.code == '%s')].evidence[*].type", this.safety.getCode())
				.value(contains("UNIT_ASSESSMENT", "PLACEMENT_CHECK")))
			.andExpect(jsonPath("$.attainments[0].attainedAt").exists())
			.andExpect(jsonPath("$.attainments[0].evidence[0].recordedAt").exists());
	}

	@Test
	void theAccountIsGroupedBySkillCategoryAndEqfLevel() throws Exception {
		this.mvc.perform(get("/api/v1/me/learning-account").with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.byCategory[*].category").value(contains("CROSS_SECTORAL", "SECTOR_SPECIFIC")))
			.andExpect(jsonPath("$.byCategory[0].outcomes")
				.value(containsInAnyOrder(this.safety.getCode(), this.teamwork.getCode())))
			.andExpect(jsonPath("$.byCategory[1].outcomes").value(contains(this.cells.getCode())))
			.andExpect(jsonPath("$.byEqfLevel[*].eqfLevel").value(contains(3, 4)))
			.andExpect(jsonPath("$.byEqfLevel[0].outcomes").value(contains(this.safety.getCode())))
			.andExpect(jsonPath("$.byEqfLevel[1].outcomes")
				.value(containsInAnyOrder(this.cells.getCode(), this.teamwork.getCode())));

		this.mvc.perform(get("/me/learning").param("view", "categories").with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"category-CROSS_SECTORAL\"")))
			.andExpect(content().string(containsString("id=\"category-SECTOR_SPECIFIC\"")))
			.andExpect(content().string(not(containsString("id=\"category-TRANSVERSAL\""))))
			.andExpect(content().string(containsString("Cross-sectoral (2)")))
			.andExpect(content().string(containsString("Sector-specific (1)")));

		this.mvc.perform(get("/me/learning").param("view", "levels").with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"eqf-3\"")))
			.andExpect(content().string(containsString("id=\"eqf-4\"")))
			.andExpect(content().string(not(containsString("id=\"eqf-5\""))))
			.andExpect(content().string(containsString("EQF 4 (2)")));
	}

	@Test
	void eachOccupationShowsWhichRequiredOutcomesAreCoveredAndWhichAreMissing() throws Exception {
		String occupation = "$.byOccupation[?(@.occupation == '" + this.operator.getCode() + "')]";
		this.mvc.perform(get("/api/v1/me/learning-account").with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath(occupation + ".required").value(3))
			.andExpect(jsonPath(occupation + ".percent").value(66))
			.andExpect(jsonPath(occupation + ".covered[*]").value(contains(this.safety.getCode(), this.cells.getCode())))
			.andExpect(jsonPath(occupation + ".missing[*]").value(contains(this.formation.getCode())));

		this.mvc.perform(get("/me/learning").param("view", "occupations").with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"occupation-" + this.operator.getCode() + "\"")))
			.andExpect(content().string(containsString(this.operator.getName())))
			.andExpect(content().string(containsString("2 of 3 required outcomes covered")))
			.andExpect(content().string(containsString("<progress id=\"bar-" + this.operator.getCode())))
			.andExpect(content().string(containsString(this.formation.getStatement())));
	}

	@Test
	void theTimelineListsAttainmentsAndLaterEvidenceNewestFirst() throws Exception {
		this.mvc.perform(get("/api/v1/me/learning-account").with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeline", hasSize(4)))
			.andExpect(jsonPath("$.timeline[0].kind").value("evidence"))
			.andExpect(jsonPath("$.timeline[0].outcome").value(this.safety.getCode()))
			.andExpect(jsonPath("$.timeline[0].evidenceType").value("PLACEMENT_CHECK"))
			.andExpect(jsonPath("$.timeline[1].kind").value("attained"))
			.andExpect(jsonPath("$.timeline[1].outcome").value(this.teamwork.getCode()))
			.andExpect(jsonPath("$.timeline[3].outcome").value(this.safety.getCode()))
			.andExpect(jsonPath("$.timeline[3].kind").value("attained"));

		this.mvc.perform(get("/me/learning").param("view", "timeline").with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("More evidence for " + this.safety.getCode())))
			.andExpect(content().string(containsString("Attained " + this.teamwork.getCode())));
	}

	@Test
	void theAccountShowsLearningInProgressFromEveryContributor() throws Exception {
		this.inProgress.started(this.learner.getId(), new LearningInProgress.Activity("Electrolyte handling",
				"/units/42", 40, Instant.parse("2026-11-20T10:15:30Z")));
		this.mvc.perform(get("/api/v1/me/learning-account").with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inProgress[0].title").value("Electrolyte handling"))
			.andExpect(jsonPath("$.inProgress[0].href").value("/units/42"))
			.andExpect(jsonPath("$.inProgress[0].percentDone").value(40));
		this.mvc.perform(get("/me/learning").with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Electrolyte handling")))
			.andExpect(content().string(containsString("href=\"/units/42\"")))
			.andExpect(content().string(containsString("40 % done")));
	}

	@Test
	void thePageShowsEvidenceWithSourceAssessorAndDateAndTabsThatWorkWithoutJavaScript() throws Exception {
		this.mvc.perform(get("/me/learning").with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Electrode line at Boreal")))
			.andExpect(content().string(containsString("assessed by " + this.teacher.getDisplayName())))
			.andExpect(content().string(containsString("Work-based assessment")))
			.andExpect(content().string(containsString("Recognised badge")))
			.andExpect(content().string(containsString("href=\"/me/learning?view=timeline\"")))
			.andExpect(content().string(containsString("href=\"/me/learning?view=occupations\"")))
			.andExpect(content().string(containsString("aria-current=\"page\"")))
			.andExpect(content().string(containsString("href=\"/me/shares\"")));
	}

	@Test
	void aLearnerWithNothingAttainedSeesWhereOutcomesWillAppear() throws Exception {
		User newcomer = this.testUsers.user(Role.LEARNER);
		this.mvc.perform(get("/me/learning").param("view", "occupations").with(as(newcomer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have not attained any learning outcomes yet.")));
		this.mvc.perform(get("/api/v1/me/learning-account").with(as(newcomer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attainments", hasSize(0)))
			.andExpect(jsonPath("$.timeline", hasSize(0)))
			.andExpect(jsonPath("$.byCategory", hasSize(0)));
	}

	@Test
	void readingTheAccountTakesTheSameFewQueriesHoweverManyAttainmentsThereAre() {
		User large = this.testUsers.user(Role.LEARNER);
		for (int i = 0; i < 30; i++) {
			LearningOutcome outcome = outcome(3 + i % 4, SkillCategory.values()[i % 4], "Outcome number " + i);
			this.account.credit(large.getId(), outcome.getId(),
					new Evidence(EvidenceType.UNIT_ASSESSMENT, "unit:" + i, "Unit " + i, this.teacher.getId()));
			this.account.credit(large.getId(), outcome.getId(),
					new Evidence(EvidenceType.PLACEMENT_CHECK, "placement:" + i, "Placement " + i, null));
		}
		long small = selectsToRead(this.learner);
		long many = selectsToRead(large);
		assertThat(this.records.of(large.getId()).attainments()).hasSize(30);
		assertThat(small).as("selects to read a small account").isBetween(2L, 3L);
		assertThat(many).as("selects to read a large account").isEqualTo(small);
	}

	/** How many SELECTs it takes to read a learner's account and its coverage of every occupation. */
	private long selectsToRead(User learner) {
		// One transaction, so that the reads and the counter share one connection (and its session).
		return new TransactionTemplate(this.transactions).execute((status) -> {
			long before = selects();
			this.records.coverage(this.records.of(learner.getId()));
			return selects() - before;
		});
	}

	private long selects() {
		return Long.parseLong(String.valueOf(this.jdbc
			.queryForMap("SHOW SESSION STATUS LIKE 'Com_select'")
			.get("Value")));
	}

	private LearningOutcome outcome(int eqfLevel, SkillCategory category, String statement) {
		return this.outcomes.save(new LearningOutcome("T-" + TestUsers.unique("A").substring(2).toUpperCase(),
				new OutcomeDescription(statement, OutcomeType.SKILL, BloomLevel.APPLY, eqfLevel, category), Set.of()));
	}

	private static RequestPostProcessor as(User user) {
		return user(user.getUsername()).roles(user.getRoles().stream().map(Role::name).toArray(String[]::new));
	}

}
