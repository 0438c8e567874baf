package org.cellpath.course.catalogue;

import java.util.List;

import org.cellpath.course.CourseWeb;
import org.cellpath.course.TestUnits;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Answers and feedback never reach a learner before they submit: not in the unit, not in the catalogue. */
@SpringBootTest
@AutoConfigureMockMvc
class AnswersAbsentTests {

	/** Texts that only the answers and feedback of {@link TestUnits#document} contain. */
	private static final List<String> SECRETS = List.of("Right: the anode.", "It is the anode.", "Rätt: anoden.",
			"Det är anoden.");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestUnits testUnits;

	@Autowired
	Catalogue catalogue;

	@ParameterizedTest
	@ValueSource(strings = { "", "en", "sv", "fi" })
	void theUnitAsLearnersGetItHasNoAnswersOrFeedbackInAnyLanguage(String lang) throws Exception {
		TestUnits.Published unit = this.testUnits.published(this.testUsers.user(Role.TEACHER));
		User learner = this.testUsers.user(Role.LEARNER);
		assertNoAnswers(get("/api/v1/units/" + unit.unitId()).param("lang", lang));
		assertNoAnswers(get("/api/v1/units/" + unit.unitId()).param("lang", lang).with(CourseWeb.as(learner)));
		assertNoAnswers(get("/api/v1/units").param("lang", lang).param("outcome", unit.outcome().getCode()));
	}

	@Test
	void theCatalogueServiceHandsOutNoAnswersEither() {
		TestUnits.Published unit = this.testUnits.published(this.testUsers.user(Role.TEACHER));
		String json = org.cellpath.course.exchange.UnitFormat.mapper()
			.writeValueAsString(this.catalogue.unit(unit.unitId(), "sv"));
		assertThat(CourseWeb.propertyPaths(CourseWeb.json(json))).noneMatch(AnswersAbsentTests::revealing);
		assertThat(json).doesNotContain(SECRETS);
		assertThat(this.catalogue.unit(unit.unitId(), "sv").assessment().items()).hasSize(5);
	}

	private void assertNoAnswers(MockHttpServletRequestBuilder request) throws Exception {
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(CourseWeb.propertyPaths(CourseWeb.json(body))).noneMatch(AnswersAbsentTests::revealing);
		assertThat(body).doesNotContain(SECRETS);
	}

	private static boolean revealing(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return List.of("answer", "answers", "feedback", "tolerance", "correct", "incorrect").contains(name);
	}

}
