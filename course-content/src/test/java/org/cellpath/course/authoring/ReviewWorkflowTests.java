package org.cellpath.course.authoring;

import org.cellpath.course.TestUnits;
import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.course.unit.VersionStatus;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workflow through the pages: a provider admin requires review, a teacher submits, a second
 * teacher approves or returns with a comment, and only then is the unit published.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework framework;

	@Autowired
	UnitAuthoring authoring;

	User author;

	User reviewer;

	User admin;

	long unitId;

	@BeforeEach
	void setUp() {
		this.author = this.testUsers.user(Role.TEACHER);
		this.reviewer = this.testUsers.user(Role.TEACHER, this.author.getOrganisation());
		this.admin = this.testUsers.user(Role.PROVIDER_ADMIN, this.author.getOrganisation());
		AuthoredUnit draft = this.authoring.createDraft(
				TestUnits.document("Cell safety", this.framework.outcome(3).getCode()), this.author);
		this.unitId = draft.unitId();
	}

	@Test
	void whereReviewIsRequiredOnlyAVersionASecondTeacherApprovedIsPublished() throws Exception {
		this.mvc.perform(post("/provider/review-policy").with(as(this.admin, "PROVIDER_ADMIN")).with(csrf())
				.param("requireReview", "true"))
			.andExpect(redirectedUrl("/provider/review-policy"))
			.andExpect(flash().attribute("saved", true));
		this.mvc.perform(get("/provider/review-policy").with(as(this.admin, "PROVIDER_ADMIN")))
			.andExpect(content().string(containsString("aria-describedby=\"policy-help\" checked=\"checked\"")));

		unitPage(this.author).andExpect(content().string(containsString("Required by the owning provider")))
			.andExpect(content().string(not(containsString("/publish\""))));
		step(this.author, "publish").andExpect(flash().attribute("refused", "notAllowed.published"));
		assertThat(latestStatus()).isEqualTo(VersionStatus.DRAFT);

		step(this.author, "submit").andExpect(flash().attribute("done", "submitted"));
		assertThat(latestStatus()).isEqualTo(VersionStatus.IN_REVIEW);
		unitPage(this.author).andExpect(content().string(not(containsString("id=\"review-comment\""))));
		this.mvc.perform(get("/teach/units/" + this.unitId + "/edit").with(as(this.author, "TEACHER")))
			.andExpect(content().string(containsString("Saving changes returns it to its authors as a draft")));
		this.mvc.perform(post("/teach/units/" + this.unitId + "/review").with(as(this.author, "TEACHER")).with(csrf())
				.param("decision", "approve"))
			.andExpect(flash().attribute("refused", "notAllowed.approved"));
		assertThat(latestStatus()).isEqualTo(VersionStatus.IN_REVIEW);

		this.mvc.perform(get("/teach/reviews").with(as(this.reviewer, "TEACHER")))
			.andExpect(content().string(containsString("Cell safety")));
		this.mvc.perform(get("/teach/reviews").with(as(this.author, "TEACHER")))
			.andExpect(content().string(not(containsString("Cell safety"))));
		unitPage(this.reviewer).andExpect(content().string(containsString("id=\"review-comment\"")));
		this.mvc.perform(post("/teach/units/" + this.unitId + "/review").with(as(this.reviewer, "TEACHER")).with(csrf())
				.param("decision", "return")
				.param("comment", "Explain the separator too."))
			.andExpect(flash().attribute("done", "returned"));
		assertThat(latestStatus()).isEqualTo(VersionStatus.DRAFT);
		unitPage(this.author).andExpect(content().string(containsString("Explain the separator too.")));

		step(this.author, "submit");
		this.mvc.perform(post("/teach/units/" + this.unitId + "/review").with(as(this.reviewer, "TEACHER")).with(csrf())
				.param("decision", "approve"))
			.andExpect(flash().attribute("done", "approved"));
		step(this.author, "publish").andExpect(flash().attribute("done", "published"));
		assertThat(latestStatus()).isEqualTo(VersionStatus.PUBLISHED);
	}

	@Test
	void withoutTheRuleATeacherPublishesAndRetiresDirectlyAndStartsANewVersion() throws Exception {
		step(this.author, "publish").andExpect(flash().attribute("done", "published"));
		assertThat(latestStatus()).isEqualTo(VersionStatus.PUBLISHED);
		this.mvc.perform(get("/teach/units/" + this.unitId + "/edit").with(as(this.author, "TEACHER")))
			.andExpect(content().string(containsString("Saving opens version 2 as a draft")));

		this.mvc.perform(post("/teach/units/" + this.unitId + "/new-version").with(as(this.author, "TEACHER")).with(csrf()))
			.andExpect(redirectedUrl("/teach/units/" + this.unitId + "/edit"));
		assertThat(this.authoring.versions(this.unitId, this.author)).extracting(AuthoredUnit::status)
			.containsExactly(VersionStatus.DRAFT, VersionStatus.PUBLISHED);
		unitPage(this.author).andExpect(content().string(containsString("Version history")))
			.andExpect(content().string(containsString("/versions/1/export")))
			.andExpect(content().string(containsString("/versions/2/export")));

		step(this.author, "retire").andExpect(flash().attribute("done", "retired"));
		assertThat(this.authoring.versions(this.unitId, this.author)).extracting(AuthoredUnit::status)
			.containsExactly(VersionStatus.DRAFT, VersionStatus.RETIRED);
	}

	@Test
	void onlyProviderAdminsOpenTheReviewPolicy() throws Exception {
		this.mvc.perform(get("/provider/review-policy").with(as(this.author, "TEACHER"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/provider/review-policy").with(as(this.author, "TEACHER")).with(csrf())
				.param("requireReview", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.authoring.requiresReview(this.author.getOrganisation().getId())).isFalse();
		this.mvc.perform(get("/provider/review-policy").param("lang", "sv").with(as(this.admin, "PROVIDER_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kräv granskning av en andra lärare")));
	}

	private VersionStatus latestStatus() {
		return this.authoring.versions(this.unitId, this.author).get(0).status();
	}

	private ResultActions unitPage(User teacher) throws Exception {
		return this.mvc.perform(get("/teach/units/" + this.unitId).with(as(teacher, "TEACHER"))).andExpect(status().isOk());
	}

	private ResultActions step(User teacher, String step) throws Exception {
		return this.mvc.perform(post("/teach/units/" + this.unitId + "/" + step).with(as(teacher, "TEACHER")).with(csrf()))
			.andExpect(redirectedUrl("/teach/units/" + this.unitId));
	}

	private static RequestPostProcessor as(User user, String role) {
		return user(user.getUsername()).roles(role);
	}

}
