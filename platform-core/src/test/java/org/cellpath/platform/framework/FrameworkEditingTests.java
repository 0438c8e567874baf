package org.cellpath.platform.framework;

import java.util.UUID;

import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Teachers edit the framework on pages and through the API; bad input is refused and stores nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LearningOutcomes outcomes;

	@Autowired
	Occupations occupations;

	@Autowired
	Skills skills;

	private RequestPostProcessor teacher;

	@BeforeEach
	void signInATeacher() {
		User user = this.testUsers.user(Role.TEACHER);
		this.teacher = user(user.getUsername()).roles("TEACHER");
	}

	@Test
	void aTeacherCreatesAnOutcomeThroughTheApi() throws Exception {
		String code = code();
		Skill skill = this.skills.save(new Skill(skillUri(), "operate battery test equipment"));
		this.mvc.perform(post("/api/v1/outcomes").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(outcomeJson(code, 4, "[\"" + skill.getUri() + "\"]")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/outcomes/" + code))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.skills[0].uri").value(skill.getUri()));
		this.mvc.perform(get("/api/v1/outcomes").param("skill", skill.getUri()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem(code)));
	}

	@Test
	void everyProblemOfABadOutcomeIsReportedAndNothingIsStored() throws Exception {
		long before = this.outcomes.count();
		this.mvc.perform(post("/api/v1/outcomes").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"bad code\",\"statement\":\"short\",\"type\":\"SKILL\",\"bloomLevel\":\"APPLY\","
					+ "\"eqfLevel\":9,\"category\":\"TRANSVERSAL\",\"skills\":[\"http://example.com/not-esco\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("statement")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("eqfLevel")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("skills[0]")));
		assertThat(this.outcomes.count()).isEqualTo(before);
	}

	@Test
	void anUnknownEnumValueIsABadRequestNotAnError() throws Exception {
		this.mvc.perform(post("/api/v1/outcomes").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(outcomeJson(code(), 4, "[]").replace("\"SKILL\"", "\"WISDOM\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").isString());
		this.mvc.perform(get("/api/v1/outcomes").param("eqf", "high")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/outcomes").param("eqf", "12")).andExpect(status().isBadRequest());
	}

	@Test
	void aCodeInUseIsRefused() throws Exception {
		String code = code();
		this.mvc.perform(post("/api/v1/outcomes").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(outcomeJson(code, 3, "[]"))).andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/outcomes").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(outcomeJson(code, 5, "[]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		assertThat(this.outcomes.findByCode(code).orElseThrow().getEqfLevel()).isEqualTo(3);
	}

	@Test
	void anUnknownSkillIsRefusedWithAHint() throws Exception {
		String code = code();
		this.mvc.perform(post("/api/v1/outcomes").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(outcomeJson(code, 3, "[\"" + skillUri() + "\"]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("add it to the skills first")));
		assertThat(this.outcomes.existsByCode(code)).isFalse();
	}

	@Test
	void anOutcomeCanBeChangedButNotItsCode() throws Exception {
		String code = code();
		this.mvc.perform(post("/api/v1/outcomes").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(outcomeJson(code, 3, "[]"))).andExpect(status().isCreated());
		this.mvc.perform(put("/api/v1/outcomes/" + code).with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(outcomeJson(code, 5, "[]")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eqfLevel").value(5));
		this.mvc.perform(put("/api/v1/outcomes/" + code).with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(outcomeJson(code(), 6, "[]")))
			.andExpect(status().isBadRequest());
		assertThat(this.outcomes.findByCode(code).orElseThrow().getEqfLevel()).isEqualTo(5);
		this.mvc.perform(put("/api/v1/outcomes/NO-SUCH-CODE").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(outcomeJson("NO-SUCH-CODE", 6, "[]")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOutcomeFormShowsErrorsNextToFieldsAndStoresNothing() throws Exception {
		long before = this.outcomes.count();
		this.mvc.perform(post("/outcomes").with(this.teacher).with(csrf())
			.param("code", "lower-case")
			.param("statement", "")
			.param("type", "SKILL")
			.param("bloomLevel", "APPLY")
			.param("eqfLevel", "0")
			.param("category", "TRANSVERSAL"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "code", "statement", "eqfLevel"))
			.andExpect(content().string(containsString("Nothing was saved")));
		assertThat(this.outcomes.count()).isEqualTo(before);
	}

	@Test
	void theOutcomeFormCreatesAndTheCataloguePageShowsIt() throws Exception {
		String code = code();
		this.mvc.perform(post("/outcomes").with(this.teacher).with(csrf())
			.param("code", code)
			.param("statement", "Explains how a page form creates an outcome")
			.param("type", "KNOWLEDGE")
			.param("bloomLevel", "UNDERSTAND")
			.param("eqfLevel", "4")
			.param("category", "CROSS_SECTORAL"))
			.andExpect(redirectedUrl("/outcomes/" + code));
		this.mvc.perform(get("/outcomes/" + code)).andExpect(status().isOk()).andExpect(content().string(containsString(code)));
		this.mvc.perform(get("/outcomes").param("q", code).param("eqf", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Explains how a page form creates an outcome")));
	}

	@Test
	void anInvalidCatalogueFilterIsIgnoredWithAMessage() throws Exception {
		this.mvc.perform(get("/outcomes").param("eqf", "high").param("type", "WISDOM"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Some filter values were not valid")));
	}

	@Test
	void anOccupationNeedsKnownOutcomesAndAnEscoLookingUri() throws Exception {
		long before = this.occupations.count();
		this.mvc.perform(post("/api/v1/occupations").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"OCC-" + code() + "\",\"name\":\"Tester\",\"description\":\"Tests things.\","
					+ "\"escoUri\":\"http://data.europa.eu/esco/occupation/not-a-uuid\",\"outcomes\":[\"NO-SUCH-OUTCOME\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("escoUri")));
		this.mvc.perform(post("/api/v1/occupations").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"OCC-" + code() + "\",\"name\":\"Tester\",\"description\":\"Tests things.\","
					+ "\"outcomes\":[\"NO-SUCH-OUTCOME\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcomes"));
		assertThat(this.occupations.count()).isEqualTo(before);
	}

	@Test
	void anOccupationIsCreatedOnItsPageAndListsItsOutcomes() throws Exception {
		String outcome = code();
		this.mvc.perform(post("/api/v1/outcomes").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(outcomeJson(outcome, 4, "[]"))).andExpect(status().isCreated());
		String code = "OCC-" + code();
		this.mvc.perform(post("/occupations").with(this.teacher).with(csrf())
			.param("code", code)
			.param("name", "Formation operator")
			.param("description", "Runs the formation and ageing of cells.")
			.param("escoUri", "")
			.param("outcomes", outcome))
			.andExpect(redirectedUrl("/occupations/" + code));
		this.mvc.perform(get("/occupations/" + code)).andExpect(content().string(containsString(outcome)));
		this.mvc.perform(get("/api/v1/occupations/" + code)).andExpect(jsonPath("$.outcomes[0].code").value(outcome));
	}

	@Test
	void aSkillNeedsAnEscoUriAndIsKnownOnce() throws Exception {
		String uri = skillUri();
		this.mvc.perform(post("/api/v1/skills").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"uri\":\"" + uri + "\",\"label\":\"maintain cell equipment\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/skills").with(this.teacher).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"uri\":\"" + uri + "\",\"label\":\"again\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/skills").with(this.teacher).with(csrf()).param("uri", "https://esco.example/skill").param("label", "x"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "uri"));
		assertThat(this.skills.findByUri(uri).orElseThrow().getLabel()).isEqualTo("maintain cell equipment");
	}

	static String code() {
		return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	static String skillUri() {
		return "http://data.europa.eu/esco/skill/" + UUID.randomUUID();
	}

	static String outcomeJson(String code, int eqf, String skills) {
		return "{\"code\":\"" + code + "\",\"statement\":\"Carries out a test procedure safely\",\"type\":\"SKILL\","
				+ "\"bloomLevel\":\"APPLY\",\"eqfLevel\":" + eqf + ",\"category\":\"SECTOR_SPECIFIC\",\"skills\":" + skills + "}";
	}

}
