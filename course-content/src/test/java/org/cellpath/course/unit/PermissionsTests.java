package org.cellpath.course.unit;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.CourseWeb;
import org.cellpath.course.NotAllowedException;
import org.cellpath.course.TestUnits;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.TestWeb;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only teachers of an owning or co-owning provider change a unit; learners never publish. */
@SpringBootTest
@AutoConfigureMockMvc
class PermissionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestUnits testUnits;

	@Autowired
	TestFramework framework;

	@Autowired
	UnitAuthoring authoring;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTeacherOfAnotherProviderCannotEditPublishRetireOrExportAUnit() throws Exception {
		User owner = this.testUsers.user(Role.TEACHER);
		User stranger = this.testUsers.user(Role.TEACHER);
		TestUnits.Published unit = this.testUnits.published(owner);
		String edited = TestUnits.document("Taken over", unit.outcome().getCode()).toString();
		long versions = versions(unit.unitId());

		this.mvc.perform(put("/api/v1/units/" + unit.unitId() + "/draft").with(CourseWeb.as(stranger)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(edited))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		for (String step : new String[] { "submit", "publish", "retire", "approve" }) {
			this.mvc.perform(post("/api/v1/units/" + unit.unitId() + "/" + step).with(CourseWeb.as(stranger)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/units/" + unit.unitId() + "/export").with(CourseWeb.as(stranger)))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> this.authoring.saveDraft(unit.unitId(), TestUnits.document("Taken over",
				unit.outcome().getCode()), stranger)).isInstanceOf(NotAllowedException.class);

		assertThat(versions(unit.unitId())).as("versions after refused edits").isEqualTo(versions);
		this.mvc.perform(get("/api/v1/units/" + unit.unitId())).andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void aLearnerCannotCreateOrPublishAUnit() throws Exception {
		User teacher = this.testUsers.user(Role.TEACHER);
		User learner = this.testUsers.user(Role.LEARNER);
		String code = this.framework.outcome(2).getCode();
		AuthoredUnit draft = this.authoring.createDraft(TestUnits.document("Drafted", code), teacher);

		this.mvc.perform(post("/api/v1/units/" + draft.unitId() + "/publish").with(CourseWeb.as(learner)).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post("/api/v1/units").with(CourseWeb.as(learner)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(TestUnits.document("Learner's unit", code).toString())).andExpect(status().isForbidden());
		assertThatThrownBy(() -> this.authoring.publish(draft.unitId(), learner)).isInstanceOf(NotAllowedException.class);

		this.mvc.perform(get("/api/v1/units/" + draft.unitId())).andExpect(status().isNotFound());
	}

	@Test
	void aScriptWithATeachersBearerTokenCreatesAndPublishesAUnitWithoutACsrfToken() throws Exception {
		User teacher = this.testUsers.user(Role.TEACHER);
		String token = TestWeb.bearer(this.mvc, teacher);
		String body = this.mvc.perform(post("/api/v1/units").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(TestUnits.document("Scripted", this.framework.outcome(3).getCode()).toString()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long unitId = CourseWeb.json(body).path("unitId").longValue();
		this.mvc.perform(post("/api/v1/units/" + unitId + "/publish").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(1));
	}

	@Test
	void signedOutAuthoringIsRefusedWith401() throws Exception {
		this.mvc.perform(post("/api/v1/units").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/units/1/publish").with(csrf())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/units/1/export")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/units/export").param("ids", "1")).andExpect(status().isUnauthorized());
	}

	@Test
	void aTeacherOfACoProviderEditsAndPublishesAJointUnit() throws Exception {
		User owner = this.testUsers.user(Role.TEACHER);
		Organisation partner = this.testUsers.organisation(OrganisationType.PROVIDER);
		User partnerTeacher = this.testUsers.user(Role.TEACHER, partner);
		String code = this.framework.outcome(4).getCode();
		ObjectNode joint = TestUnits.document("Joint curriculum", code);
		((ArrayNode) joint.putArray("coProviders")).add(partner.getSlug());
		AuthoredUnit draft = this.authoring.createDraft(joint, owner);

		ObjectNode edited = TestUnits.document("Joint curriculum, revised", code);
		edited.putArray("coProviders").add(partner.getSlug());
		this.mvc.perform(put("/api/v1/units/" + draft.unitId() + "/draft").with(CourseWeb.as(partnerTeacher)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(edited.toString())).andExpect(status().isOk()).andExpect(jsonPath("$.number").value(1));
		this.mvc.perform(post("/api/v1/units/" + draft.unitId() + "/publish").with(CourseWeb.as(partnerTeacher)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		assertThat(this.authoring.unitsOf(partnerTeacher, VersionStatus.PUBLISHED)).extracting(AuthoredUnit::unitId)
			.contains(draft.unitId());
	}

	@Test
	void aTeacherCannotCreateAUnitForAProviderTheyDoNotTeachFor() throws Exception {
		User teacher = this.testUsers.user(Role.TEACHER);
		Organisation other = this.testUsers.organisation(OrganisationType.PROVIDER);
		ObjectNode document = TestUnits.document("Someone else's", this.framework.outcome(4).getCode());
		document.put("provider", other.getSlug());
		this.mvc.perform(post("/api/v1/units").with(CourseWeb.as(teacher)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(document.toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("/provider"));
	}

	private long versions(long unitId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM course_unit_version WHERE unit_id = ?", Long.class, unitId);
	}

}
