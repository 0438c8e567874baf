package org.cellpath.course.unit;

import org.cellpath.course.CourseWeb;
import org.cellpath.course.NotAllowedException;
import org.cellpath.course.TestUnits;
import org.cellpath.course.WorkflowConflictException;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A provider can require a second teacher's review before a unit is published. */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewPolicyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework framework;

	@Autowired
	UnitAuthoring authoring;

	User author;

	User colleague;

	User admin;

	@BeforeEach
	void aProviderWithTwoTeachers() {
		Organisation provider = this.testUsers.organisation(OrganisationType.PROVIDER);
		this.author = this.testUsers.user(Role.TEACHER, provider);
		this.colleague = this.testUsers.user(Role.TEACHER, provider);
		this.admin = this.testUsers.user(Role.PROVIDER_ADMIN, provider);
	}

	@Test
	void withoutThePolicyTheAuthorPublishesADraftDirectly() {
		AuthoredUnit draft = draft();
		assertThat(this.authoring.publish(draft.unitId(), this.author).status()).isEqualTo(VersionStatus.PUBLISHED);
	}

	@Test
	void withThePolicyOnlyAVersionApprovedByASecondTeacherIsPublished() throws Exception {
		this.mvc.perform(put("/api/v1/authoring/review-policy").with(CourseWeb.as(this.admin)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requiresReview\": true}")).andExpect(status().isOk()).andExpect(jsonPath("$.requiresReview").value(true));
		AuthoredUnit draft = draft();
		long id = draft.unitId();

		this.mvc.perform(post("/api/v1/units/" + id + "/publish").with(CourseWeb.as(this.author)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/units/" + id + "/submit").with(CourseWeb.as(this.author)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_REVIEW"));
		assertThat(this.authoring.reviewQueue(this.author)).extracting(AuthoredUnit::unitId).doesNotContain(id);
		assertThat(this.authoring.reviewQueue(this.colleague)).extracting(AuthoredUnit::unitId).contains(id);

		this.mvc.perform(post("/api/v1/units/" + id + "/approve").with(CourseWeb.as(this.author)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> this.authoring.publish(id, this.author)).isInstanceOf(NotAllowedException.class);

		this.mvc.perform(post("/api/v1/units/" + id + "/approve").with(CourseWeb.as(this.colleague)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\": \"Clear and correct.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.reviewComment").value("Clear and correct."));
		this.mvc.perform(post("/api/v1/units/" + id + "/publish").with(CourseWeb.as(this.author)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
	}

	@Test
	void aReviewerReturnsAVersionWithACommentAndEditingAnApprovedVersionNeedsAFreshReview() {
		this.authoring.requireReview(this.author.getOrganisation().getId(), true, this.author);
		AuthoredUnit draft = draft();
		long id = draft.unitId();
		this.authoring.submitForReview(id, this.author);

		AuthoredUnit returned = this.authoring.returnToDraft(id, this.colleague, "Add a safety warning.");
		assertThat(returned.status()).isEqualTo(VersionStatus.DRAFT);
		assertThat(returned.reviewComment()).isEqualTo("Add a safety warning.");
		assertThatThrownBy(() -> this.authoring.approve(id, this.colleague, null))
			.isInstanceOf(WorkflowConflictException.class);

		this.authoring.submitForReview(id, this.author);
		this.authoring.approve(id, this.colleague, null);
		String code = this.authoring.workingDocument(id, this.author).outcomes().get(0);
		AuthoredUnit edited = this.authoring.saveDraft(id, TestUnits.document("Changed after approval", code), this.author);
		assertThat(edited.status()).isEqualTo(VersionStatus.DRAFT);
		assertThatThrownBy(() -> this.authoring.publish(id, this.author)).isInstanceOf(NotAllowedException.class);
	}

	@Test
	void onlyMembersOfTheProviderSetItsPolicy() {
		User stranger = this.testUsers.user(Role.PROVIDER_ADMIN);
		long providerId = this.author.getOrganisation().getId();
		assertThatThrownBy(() -> this.authoring.requireReview(providerId, true, stranger))
			.isInstanceOf(NotAllowedException.class);
		assertThat(this.authoring.requiresReview(providerId)).isFalse();
	}

	private AuthoredUnit draft() {
		return this.authoring.createDraft(TestUnits.document("Reviewed unit", this.framework.outcome(4).getCode()),
				this.author);
	}

}
