package org.cellpath.platform.learning.workplace;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.learning.PersonalData;
import org.cellpath.platform.learning.claim.TestOfferings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A teacher records what a learner showed at a workplace; it credits the outcome with that evidence. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOfferings.class)
@SuppressWarnings("unchecked")
class WorkBasedAssessmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework testFramework;

	@Autowired
	TestOfferings.Offered offered;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<PersonalData> personalData;

	User learner;

	User teacher;

	LearningOutcome outcome;

	@BeforeEach
	void setUp() {
		this.learner = this.testUsers.user(Role.LEARNER);
		this.teacher = this.testUsers.user(Role.TEACHER);
		this.outcome = this.testFramework.outcome(4);
		this.offered.offer(this.outcome.getId(), this.teacher.getOrganisation().getId());
	}

	@Test
	void aRecordedWorkBasedAssessmentCreditsTheOutcomeNamingTheTeacherAndTellsTheLearner() throws Exception {
		String body = this.mvc.perform(post("/api/v1/work-based-assessments").with(as(this.teacher, "TEACHER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(this.learner.getUsername(), this.outcome.getCode(), "Cell plant, formation line 2",
					"Ran the formation cycle and handled a cell venting alarm by the procedure.")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcomeCode").value(this.outcome.getCode()))
			.andExpect(jsonPath("$.teacher").value(this.teacher.getUsername()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();

		Map<String, Object> evidence = this.jdbc.queryForMap("SELECT e.type, e.source_ref, e.assessor_id, e.source_label"
				+ " FROM attainment_evidence e JOIN attainment a ON a.id = e.attainment_id"
				+ " WHERE a.learner_id = ? AND a.outcome_id = ?", this.learner.getId(), this.outcome.getId());
		assertThat(evidence).containsEntry("type", "WORK_BASED_ASSESSMENT")
			.containsEntry("source_ref", "workplace:" + id)
			.containsEntry("assessor_id", this.teacher.getId());
		assertThat((String) evidence.get("source_label")).contains("Cell plant, formation line 2",
				this.teacher.getDisplayName());
		assertThat(this.jdbc.queryForList("SELECT message_code FROM notification WHERE recipient_id = ?", String.class,
				this.learner.getId())).containsExactly("claims.notification.workBased");
		this.mvc.perform(get("/assess/work-based").with(as(this.teacher, "TEACHER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("handled a cell venting alarm")));
		this.mvc.perform(get("/api/v1/work-based-assessments").with(as(this.teacher, "TEACHER")))
			.andExpect(jsonPath("$[0].id").value((int) id));
	}

	@Test
	void theFormRecordsItAndRefusesAnUnknownLearnerWithoutStoringAnything() throws Exception {
		long before = count();
		this.mvc.perform(post("/assess/work-based").param("learner", "nobody-" + TestUsers.unique("x"))
			.param("outcome", this.outcome.getCode())
			.param("workplace", "Cell plant")
			.param("note", "Did it well")
			.with(as(this.teacher, "TEACHER"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No learner has that username.")))
			.andExpect(content().string(containsString("Did it well")));
		this.mvc.perform(post("/api/v1/work-based-assessments").with(as(this.teacher, "TEACHER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(this.learner.getUsername(), "", "", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("outcome")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("workplace")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("note")));
		assertThat(count()).isEqualTo(before);

		this.mvc.perform(post("/assess/work-based").param("learner", this.learner.getUsername())
			.param("outcome", this.outcome.getCode())
			.param("workplace", "Cell plant")
			.param("note", "Did it well")
			.param("observedOn", "2026-11-20")
			.with(as(this.teacher, "TEACHER"))
			.with(csrf())).andExpect(redirectedUrl("/assess/work-based"));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void aTeacherOfAProviderThatDoesNotOfferTheOutcomeOrTheLearnerThemselvesCannotRecordIt() throws Exception {
		User elsewhere = this.testUsers.user(Role.TEACHER);
		long before = count();
		this.mvc.perform(post("/api/v1/work-based-assessments").with(as(elsewhere, "TEACHER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(this.learner.getUsername(), this.outcome.getCode(), "Cell plant", "Did it")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("offers a unit")));
		this.mvc.perform(post("/api/v1/work-based-assessments").with(as(this.learner, "LEARNER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(this.learner.getUsername(), this.outcome.getCode(), "Cell plant", "Did it")))
			.andExpect(status().isForbidden());
		assertThat(count()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM attainment WHERE learner_id = ?", Integer.class,
				this.learner.getId())).isZero();
	}

	@Test
	void theLearnersRecordsLeaveWithTheirExportAndGoWithTheirErasureWhileTheTeachersErasureOnlyRemovesTheTeacher()
			throws Exception {
		this.mvc.perform(post("/api/v1/work-based-assessments").with(as(this.teacher, "TEACHER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(this.learner.getUsername(), this.outcome.getCode(), "Cell plant", "Did it")))
			.andExpect(status().isCreated());
		PersonalData data = this.personalData.stream()
			.filter((d) -> d.name().equals("workBasedAssessments"))
			.findFirst()
			.orElseThrow();
		assertThat((List<WorkBasedAssessment>) data.export(this.learner.getId())).singleElement()
			.satisfies((record) -> assertThat(record.workplace()).isEqualTo("Cell plant"));

		data.erase(this.teacher.getId());
		assertThat((List<WorkBasedAssessment>) data.export(this.learner.getId())).singleElement()
			.satisfies((record) -> assertThat(record.teacher()).isNull());
		data.erase(this.learner.getId());
		assertThat((List<WorkBasedAssessment>) data.export(this.learner.getId())).isEmpty();
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM work_based_assessment", Long.class);
	}

	private static String json(String learner, String outcome, String workplace, String note) {
		return "{\"learner\":\"" + learner + "\",\"outcome\":\"" + outcome + "\",\"workplace\":\"" + workplace
				+ "\",\"note\":\"" + note + "\"}";
	}

	private static RequestPostProcessor as(User user, String role) {
		return user(user.getUsername()).roles(role);
	}

}
