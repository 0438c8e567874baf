package org.cellpath.platform.privacy;

import java.util.Set;
import java.util.TreeSet;

import org.cellpath.platform.TestUsers;
import org.cellpath.platform.TestWeb;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.privacy.PrivacyFixtures.Planted;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A learner downloads everything stored about them as one JSON document; nobody else can. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PrivacyTestConfiguration.class)
class PersonalDataExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PrivacyFixtures fixtures;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theExportHoldsEverythingStoredAboutTheLearner() throws Exception {
		Planted planted = this.fixtures.learner();
		User learner = planted.learner();
		String body = this.mvc
			.perform(get("/api/v1/me/personal-data").header("Authorization", TestWeb.bearer(this.mvc, learner)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"cellpath-personal-data-")))
			.andExpect(jsonPath("$.format").value("cellpath-personal-data"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.exportedAt", notNullValue()))
			// The account, without the password hash.
			.andExpect(jsonPath("$.data.profile.accountNumber").value(learner.getId()))
			.andExpect(jsonPath("$.data.profile.username").value(learner.getUsername()))
			.andExpect(jsonPath("$.data.profile.displayName").value(planted.displayName()))
			.andExpect(jsonPath("$.data.profile.email").value(planted.email()))
			.andExpect(jsonPath("$.data.profile.language").value("sv"))
			.andExpect(jsonPath("$.data.profile.roles", containsInAnyOrder("LEARNER")))
			.andExpect(jsonPath("$.data.profile.organisation.code").value(learner.getOrganisation().getSlug()))
			.andExpect(jsonPath("$.data.profile.createdAt", notNullValue()))
			// The learning account, with every piece of evidence.
			.andExpect(jsonPath("$.data.learningAccount.attainments", hasSize(2)))
			.andExpect(jsonPath("$.data.learningAccount.attainments[*].outcomeCode",
					containsInAnyOrder(planted.first().getCode(), planted.second().getCode())))
			.andExpect(jsonPath("$.data.learningAccount.attainments[?(@.outcomeCode == '" + planted.first().getCode()
					+ "')].evidence[*].sourceRef",
					containsInAnyOrder(planted.evidenceRef(), "unit:1:v1:attempt:" + planted.marker())))
			.andExpect(jsonPath("$.data.learningAccount.attainments[?(@.outcomeCode == '" + planted.first().getCode()
					+ "')].evidence[*].source", containsInAnyOrder(planted.evidenceLabel(), "Unit one")))
			.andExpect(jsonPath("$.data.learningAccount.attainments[?(@.outcomeCode == '" + planted.first().getCode()
					+ "')].evidence[*].type", containsInAnyOrder("WORK_BASED_ASSESSMENT", "UNIT_ASSESSMENT")))
			.andExpect(jsonPath("$.data.learningAccount.attainments[?(@.outcomeCode == '" + planted.first().getCode()
					+ "')].evidence[?(@.type == 'WORK_BASED_ASSESSMENT')].assessorId",
					containsInAnyOrder(planted.teacher().getId().intValue())))
			.andExpect(jsonPath("$.data.learningAccount.attainments[?(@.outcomeCode == '" + planted.second().getCode()
					+ "')].eqfLevel", containsInAnyOrder(5)))
			.andExpect(jsonPath("$.data.learningAccount.attainments[?(@.outcomeCode == '" + planted.second().getCode()
					+ "')].skillCategory", containsInAnyOrder("SECTOR_SPECIFIC")))
			// Evidence the learner assessed for someone else, without naming them.
			.andExpect(jsonPath("$.data.learningAccount.evidenceAssessedForOthers[*].outcomeCode",
					containsInAnyOrder(planted.assessedForOther().getCode())))
			// The skill need the learner recorded, and what another module holds.
			.andExpect(jsonPath("$.data.statedDemand[*].note", containsInAnyOrder(planted.demandNote())))
			.andExpect(jsonPath("$.data.otherModule.notes", containsInAnyOrder(planted.otherModuleNote())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("passwordHash").doesNotContain(learner.getPasswordHash());
		assertThat(body).doesNotContain(planted.otherLearner().getUsername());
	}

	/**
	 * The export and the erasure know every platform-core table that refers to a person. A new one
	 * fails this test until it is exported and erased through a PersonalData and named here.
	 */
	@Test
	void everyTableThatRefersToAPersonIsCovered() {
		Set<String> references = new TreeSet<>(this.jdbc.queryForList("""
				SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) FROM information_schema.KEY_COLUMN_USAGE
				WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = 'app_user'""", String.class));
		assertThat(references).containsExactlyInAnyOrder(
				// profile, learningAccount and statedDemand (this package)
				"app_user_role.user_id", "attainment.learner_id", "attainment_evidence.assessor_id",
				"demand.recorded_by",
				// notifications (notification) and priorLearningClaims (learning.claim)
				"notification.recipient_id", "prior_learning_claim.assessor_id", "prior_learning_claim.learner_id",
				"prior_learning_claim_event.actor_id",
				// workBasedAssessments (learning.workplace)
				"work_based_assessment.learner_id", "work_based_assessment.teacher_id",
				// shareLinks (learning.sharing)
				"share_link.learner_id");
	}

	@Test
	void nobodyButTheLearnerGetsTheirData() throws Exception {
		User admin = this.testUsers.user(Role.PLATFORM_ADMIN);
		User teacher = this.testUsers.user(Role.TEACHER);
		for (String path : new String[] { "/api/v1/me/personal-data", "/api/v1/me/transcript.pdf" }) {
			this.mvc.perform(get(path)).andExpect(status().isUnauthorized());
			this.mvc.perform(get(path).header("Authorization", TestWeb.bearer(this.mvc, admin)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(path).header("Authorization", TestWeb.bearer(this.mvc, teacher)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/me/data").with(user(admin.getUsername()).roles("PLATFORM_ADMIN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDataPageOffersBothDownloadsAndSaysWhatRemainsAfterErasure() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		this.mvc.perform(get("/me/data").with(user(learner.getUsername()).roles("LEARNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/api/v1/me/personal-data\"")))
			.andExpect(content().string(containsString("href=\"/api/v1/me/transcript.pdf\"")))
			.andExpect(content().string(containsString("anonymous account number")))
			.andExpect(content().string(containsString(PrivacyTestConfiguration.OtherModuleData.RETAINED)));
		this.mvc.perform(get("/profile").with(user(learner.getUsername()).roles("LEARNER")))
			.andExpect(content().string(containsString("href=\"/me/data\"")));
	}

}
