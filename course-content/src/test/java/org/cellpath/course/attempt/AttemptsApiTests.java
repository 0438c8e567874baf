package org.cellpath.course.attempt;

import org.cellpath.course.CourseWeb;
import org.cellpath.course.TestUnits;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Learners submit answers; the server scores them, gives feedback, counts attempts and credits outcomes. */
@SpringBootTest
@AutoConfigureMockMvc
class AttemptsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestUnits testUnits;

	@Autowired
	JdbcTemplate jdbc;

	User learner;

	TestUnits.Published unit;

	@BeforeEach
	void aPublishedUnitAndALearner() {
		this.unit = this.testUnits.published(this.testUsers.user(Role.TEACHER));
		this.learner = this.testUsers.user(Role.LEARNER);
	}

	@Test
	void rightAnswersPassGiveFeedbackAndCreditTheUnitsOutcomes() throws Exception {
		submit(TestUnits.rightAnswers().toString(), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.passed").value(true))
			.andExpect(jsonPath("$.score").value(1.0))
			.andExpect(jsonPath("$.attainedOutcomes", contains(this.unit.outcome().getId().intValue())))
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.items[0].key").value("q1"))
			.andExpect(jsonPath("$.items[0].correct").value(true))
			.andExpect(jsonPath("$.items[0].feedback").value("Right: the anode."))
			.andExpect(jsonPath("$.attemptsLeft").value(2));
		String source = this.jdbc.queryForObject("SELECT e.source_ref FROM attainment_evidence e JOIN attainment a"
				+ " ON a.id = e.attainment_id WHERE a.learner_id = ? AND a.outcome_id = ?", String.class,
				this.learner.getId(), this.unit.outcome().getId());
		assertThat(source).matches("unit:" + this.unit.unitId() + ":v1:attempt:[0-9]+");
	}

	@Test
	void partlyRightAnswersScoreTheMeanAndFailBelowThePassScore() throws Exception {
		submit("{\"q1\": 1, \"q2\": [0], \"q3\": {\"0\": 1}, \"q4\": [1, 0, 2], \"q5\": 9}", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passed").value(false))
			.andExpect(jsonPath("$.score", closeTo((1 + 0.5 + 0.5 + 1.0 / 3 + 0) / 5, 1e-9)))
			.andExpect(jsonPath("$.attainedOutcomes.length()").value(0))
			.andExpect(jsonPath("$.items[4].correct").value(false));
	}

	@Test
	void malformedAnswersScoreZeroAndAreReportedNeverA500() throws Exception {
		submit("{\"q1\": \"anode\", \"q2\": [0, 0], \"q3\": [1], \"q4\": {}, \"q5\": \"3.7\", \"q9\": 1}", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(0.0))
			.andExpect(jsonPath("$.items[0].malformed").value(true))
			.andExpect(jsonPath("$.items[0].feedback", containsString("could not be read")))
			.andExpect(jsonPath("$.items[4].malformed").value(true));
		submit("{\"answers\": [1, 2]}", "raw").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		submit("{}", "raw").andExpect(status().isBadRequest());
	}

	@Test
	void afterTheLastAllowedAttemptFurtherAttemptsAreRefused() throws Exception {
		submit("{}", null).andExpect(jsonPath("$.attemptsLeft").value(2));
		submit("{}", null).andExpect(jsonPath("$.attemptsLeft").value(1));
		submit("{}", null).andExpect(jsonPath("$.attemptsLeft").value(0));
		submit(TestUnits.rightAnswers().toString(), null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("No attempts left")));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM course_unit_attempt WHERE learner_id = ?", Long.class,
				this.learner.getId())).isEqualTo(3);
	}

	@Test
	void feedbackComesInTheLearnersLanguageWhereTheUnitIsTranslated() throws Exception {
		this.mvc.perform(post("/api/v1/units/" + this.unit.unitId() + "/attempts").param("lang", "sv")
			.with(CourseWeb.as(this.learner)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"q1\": 0}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].feedback").value("Det är anoden."));
	}

	@Test
	void aTeacherCannotSubmitAttempts() throws Exception {
		this.mvc.perform(post("/api/v1/units/" + this.unit.unitId() + "/attempts")
			.with(CourseWeb.as(this.testUsers.user(Role.TEACHER))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {}}")).andExpect(status().isForbidden());
	}

	@Test
	void progressIsRememberedAndReachesAHundredOnAPass() throws Exception {
		String path = "/api/v1/units/" + this.unit.unitId() + "/progress";
		this.mvc.perform(get(path).with(CourseWeb.as(this.learner))).andExpect(status().isNotFound());
		this.mvc.perform(post(path).with(CourseWeb.as(this.learner)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"block\": 2}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.blockIndex").value(2))
			.andExpect(jsonPath("$.blockCount").value(4))
			.andExpect(jsonPath("$.percent").value(60));
		this.mvc.perform(post(path).with(CourseWeb.as(this.learner)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"block\": 0}")).andExpect(jsonPath("$.blockIndex").value(2));
		this.mvc.perform(post(path).with(CourseWeb.as(this.learner)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"block\": -1}")).andExpect(status().isBadRequest());
		submit(TestUnits.rightAnswers().toString(), null);
		this.mvc.perform(get(path).with(CourseWeb.as(this.learner)))
			.andExpect(jsonPath("$.percent").value(100))
			.andExpect(jsonPath("$.passed").value(true));
	}

	private ResultActions submit(String answers, String raw) throws Exception {
		String body = (raw != null) ? answers : "{\"answers\": " + answers + "}";
		return this.mvc.perform(post("/api/v1/units/" + this.unit.unitId() + "/attempts").with(CourseWeb.as(this.learner))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
