package org.cellpath.platform.learning.claim;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The prior-learning workflow end to end: a learner claims, a teacher of a provider that offers
 * the outcome decides, the learner is notified, and everything is in the audit trail. Who may
 * assess is the rule under test as much as the workflow.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOfferings.class)
class PriorLearningWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework testFramework;

	@Autowired
	TestOfferings.Offered offered;

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcTemplate jdbc;

	User learner;

	User offeringTeacher;

	User otherTeacher;

	LearningOutcome offeredOutcome;

	@BeforeEach
	void setUp() {
		this.learner = this.testUsers.user(Role.LEARNER);
		this.offeringTeacher = this.testUsers.user(Role.TEACHER);
		this.otherTeacher = this.testUsers.user(Role.TEACHER);
		this.offeredOutcome = this.testFramework.outcome(4);
		this.offered.offer(this.offeredOutcome.getId(), this.offeringTeacher.getOrganisation().getId());
	}

	@Test
	void aTeacherOfAnOfferingProviderApprovesAClaimAndTheOutcomeIsCreditedAsValidatedPriorLearningNamingThem()
			throws Exception {
		long claim = claimByApi(this.learner, this.offeredOutcome);

		this.mvc.perform(get("/api/v1/prior-learning-claims").param("status", "submitted").with(as(this.offeringTeacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) claim)));
		this.mvc.perform(get("/api/v1/prior-learning-claims").param("status", "submitted").with(as(this.otherTeacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", not(hasItem((int) claim))));

		decide(this.offeringTeacher, claim, "approve", "Matches what the supervisor confirms.").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.assessor.username").value(this.offeringTeacher.getUsername()));

		Map<String, Object> evidence = this.jdbc.queryForMap("SELECT e.type, e.source_ref, e.assessor_id, e.source_label"
				+ " FROM attainment_evidence e JOIN attainment a ON a.id = e.attainment_id"
				+ " WHERE a.learner_id = ? AND a.outcome_id = ?", this.learner.getId(), this.offeredOutcome.getId());
		assertThat(evidence).containsEntry("type", "VALIDATED_PRIOR_LEARNING")
			.containsEntry("source_ref", "claim:" + claim)
			.containsEntry("assessor_id", this.offeringTeacher.getId());
		assertThat((String) evidence.get("source_label")).contains(this.offeringTeacher.getDisplayName());

		assertThat(trail(claim)).containsExactly("SUBMITTED", "LINK_ADDED", "REFERENCE_ADDED", "FILE_ADDED", "APPROVED");
		assertThat(this.jdbc.queryForList("SELECT actor_id FROM prior_learning_claim_event WHERE claim_id = ? ORDER BY id",
				Long.class, claim))
			.containsExactly(this.learner.getId(), this.learner.getId(), this.learner.getId(), this.learner.getId(),
					this.offeringTeacher.getId());
		assertThat(notifications(this.learner)).containsExactly("claims.notification.approved");

		// Learner and assessor both see the whole trail on the claim's page.
		for (String page : List.of("/me/prior-learning/" + claim, "/assess/claims/" + claim)) {
			User viewer = page.startsWith("/me") ? this.learner : this.offeringTeacher;
			Document html = Jsoup.parse(this.mvc.perform(get(page).with(as(viewer)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(html.select(".claim-trail tbody tr")).hasSize(5);
			assertThat(html.select(".claim-trail").text()).contains("Approved", this.offeringTeacher.getDisplayName(),
					"Matches what the supervisor confirms.", "evidence.pdf");
		}
	}

	@Test
	void aTeacherOfAProviderThatDoesNotOfferTheOutcomeCannotAssessTheClaim() throws Exception {
		long claim = claimByApi(this.learner, this.offeredOutcome);

		decide(this.otherTeacher, claim, "approve", "").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("offers a unit")));
		this.mvc.perform(get("/assess/claims/" + claim).with(as(this.otherTeacher))).andExpect(status().isForbidden());
		this.mvc.perform(get("/assess/claims/" + claim + "/files/" + firstFile(claim)).with(as(this.otherTeacher)))
			.andExpect(status().isForbidden());
		assertThat(statusOf(claim)).isEqualTo("SUBMITTED");
		assertThat(attainments(this.learner)).isZero();
		assertThat(trail(claim)).doesNotContain("APPROVED");
	}

	@Test
	void aLearnerWhoIsAlsoATeacherNeverAssessesTheirOwnClaim() throws Exception {
		User both = new User(TestUsers.unique("both"), this.passwords.encode(TestUsers.PASSWORD), "Teacher and learner",
				TestUsers.unique("both") + "@test.example", EnumSet.of(Role.LEARNER, Role.TEACHER));
		both.assignTo(this.offeringTeacher.getOrganisation());
		both = this.users.save(both);
		long claim = claimByApi(both, this.offeredOutcome);

		this.mvc.perform(get("/api/v1/prior-learning-claims").with(as(both)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", not(hasItem((int) claim))));
		decide(both, claim, "approve", "").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("own")));
		this.mvc.perform(post("/assess/claims/" + claim + "/decision").param("decision", "approve")
			.with(as(both))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(statusOf(claim)).isEqualTo("SUBMITTED");
		assertThat(attainments(both)).isZero();
	}

	@Test
	void rejectingNeedsAReasonWhichTheLearnerIsThenShown() throws Exception {
		long claim = claimByApi(this.learner, this.offeredOutcome);

		decide(this.offeringTeacher, claim, "reject", "  ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("note")));
		this.mvc.perform(post("/assess/claims/" + claim + "/decision").param("decision", "reject")
			.param("note", "")
			.with(as(this.offeringTeacher))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the learner the reason for rejecting the claim.")));
		assertThat(statusOf(claim)).isEqualTo("SUBMITTED");
		assertThat(notifications(this.learner)).isEmpty();

		this.mvc.perform(post("/assess/claims/" + claim + "/decision").param("decision", "reject")
			.param("note", "The reference does not cover cell formation.")
			.with(as(this.offeringTeacher))
			.with(csrf())).andExpect(redirectedUrl("/assess/claims/" + claim));
		assertThat(statusOf(claim)).isEqualTo("REJECTED");
		assertThat(attainments(this.learner)).isZero();
		assertThat(notifications(this.learner)).containsExactly("claims.notification.rejected");
		this.mvc.perform(get("/me/prior-learning/" + claim).with(as(this.learner)))
			.andExpect(content().string(containsString("The reference does not cover cell formation.")));

		decide(this.offeringTeacher, claim, "approve", "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("decision")));
	}

	@Test
	void askingForMoreEvidenceLetsTheLearnerAddItAndSubmitAgain() throws Exception {
		long claim = claimByApi(this.learner, this.offeredOutcome);
		decide(this.offeringTeacher, claim, "more-evidence", "").andExpect(status().isBadRequest());
		decide(this.offeringTeacher, claim, "more-evidence", "Please add your certificate of the safety course.")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MORE_EVIDENCE_REQUESTED"));
		assertThat(notifications(this.learner)).containsExactly("claims.notification.moreEvidence");
		// Nobody decides a claim that waits for the learner.
		decide(this.offeringTeacher, claim, "approve", "").andExpect(status().isBadRequest());

		this.mvc.perform(get("/me/prior-learning/" + claim).with(as(this.learner)))
			.andExpect(content().string(containsString("Please add your certificate of the safety course.")))
			.andExpect(content().string(containsString("/me/prior-learning/" + claim + "/evidence")));
		this.mvc.perform(multipart("/me/prior-learning/" + claim + "/evidence").file(TestFiles.pdf("certificate.pdf"))
			.param("note", "")
			.with(as(this.learner))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("Say what you added")));
		assertThat(fileCount(claim)).isEqualTo(1);
		this.mvc.perform(multipart("/me/prior-learning/" + claim + "/evidence").file(TestFiles.pdf("certificate.pdf"))
			.param("note", "The certificate of the safety course.")
			.with(as(this.learner))
			.with(csrf())).andExpect(redirectedUrl("/me/prior-learning/" + claim));
		assertThat(statusOf(claim)).isEqualTo("SUBMITTED");
		assertThat(fileCount(claim)).isEqualTo(2);
		assertThat(trail(claim)).containsExactly("SUBMITTED", "LINK_ADDED", "REFERENCE_ADDED", "FILE_ADDED",
				"MORE_EVIDENCE_REQUESTED", "FILE_ADDED", "RESUBMITTED");

		// Once submitted again, it is back in the queue and can be approved.
		this.mvc.perform(get("/assess/claims").with(as(this.offeringTeacher)))
			.andExpect(content().string(containsString("/assess/claims/" + claim)));
		decide(this.offeringTeacher, claim, "approve", "").andExpect(status().isOk());
		assertThat(attainments(this.learner)).isEqualTo(1);
		this.mvc.perform(multipart("/api/v1/me/prior-learning-claims/" + claim + "/evidence").param("note", "More")
			.with(as(this.learner))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("note")));
	}

	@Test
	void anyTeacherMayAssessAnOutcomeThatNoProviderOffersAndThePageSaysSo() throws Exception {
		LearningOutcome unoffered = this.testFramework.outcome(3);
		long claim = claimByApi(this.learner, unoffered);

		this.mvc.perform(get("/assess/claims/" + claim).with(as(this.otherTeacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("any teacher may assess this claim")));
		this.mvc.perform(get("/assess/claims/" + this.offeredClaim()).with(as(this.offeringTeacher)))
			.andExpect(content().string(containsString(this.offeringTeacher.getOrganisation().getName())));
		decide(this.otherTeacher, claim, "approve", "").andExpect(status().isOk());
		assertThat(attainments(this.learner)).isEqualTo(1);
	}

	@Test
	void aLearnerClaimsThroughThePagesAndReadsTheNotificationOfTheDecision() throws Exception {
		// Searching keeps what was typed and what was chosen.
		this.mvc.perform(multipart("/me/prior-learning").param("action", "search")
			.param("q", this.offeredOutcome.getCode())
			.param("description", "Two years on a formation line")
			.with(as(this.learner))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.offeredOutcome.getCode() + "\"")))
			.andExpect(content().string(containsString("Two years on a formation line")));
		assertThat(claimsOf(this.learner)).isZero();

		String location = this.mvc
			.perform(multipart("/me/prior-learning").file(TestFiles.pdf("payslip-and-tasks.pdf"))
				.param("outcomes", this.offeredOutcome.getCode())
				.param("description", "Two years on a formation line")
				.param("links", "https://portfolio.example/lina\nhttp://example.org/certificate")
				.with(as(this.learner))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/me/prior-learning/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long claim = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get(location).with(as(this.learner)))
			.andExpect(content().string(containsString("payslip-and-tasks.pdf")))
			.andExpect(content().string(containsString("https://portfolio.example/lina")))
			.andExpect(content().string(containsString("Waiting for assessment")));
		this.mvc.perform(get("/me/prior-learning").with(as(this.learner)))
			.andExpect(content().string(containsString("/me/prior-learning/" + claim)));

		decide(this.offeringTeacher, claim, "approve", "").andExpect(status().isOk());

		Document home = Jsoup.parse(this.mvc.perform(get("/me/prior-learning").with(as(this.learner)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(home.select("a.notifications-link .unread").text()).isEqualTo("(1 new)");
		Document page = Jsoup.parse(this.mvc.perform(get("/me/notifications").with(as(this.learner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".notification.unread .notification-text").text())
			.isEqualTo("Your prior-learning claim " + claim + " was approved: " + this.offeredOutcome.getCode()
					+ " now count as validated prior learning.");
		long notification = this.jdbc.queryForObject("SELECT id FROM notification WHERE recipient_id = ?", Long.class,
				this.learner.getId());
		this.mvc.perform(post("/me/notifications/" + notification + "/open").with(as(this.learner)).with(csrf()))
			.andExpect(redirectedUrl("/me/prior-learning/" + claim));
		assertThat(unread(this.learner)).isZero();
		// Nobody opens someone else's notification.
		this.mvc.perform(post("/me/notifications/" + notification + "/read").with(as(this.offeringTeacher)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/me/notifications").with(as(this.learner)))
			.andExpect(jsonPath("$[0].read").value(true))
			.andExpect(jsonPath("$[0].link").value("/me/prior-learning/" + claim));
	}

	@Test
	void anotherLearnerCannotSeeAClaimOrItsFiles() throws Exception {
		long claim = claimByApi(this.learner, this.offeredOutcome);
		User stranger = this.testUsers.user(Role.LEARNER);
		this.mvc.perform(get("/me/prior-learning/" + claim).with(as(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/me/prior-learning-claims/" + claim + "/files/" + firstFile(claim)).with(as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/assess/claims").with(as(stranger))).andExpect(status().isForbidden());
		this.mvc.perform(get("/me/prior-learning").with(as(this.offeringTeacher))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/prior-learning-claims")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/me/notifications")).andExpect(status().is3xxRedirection());
	}

	@Test
	void everyPageOfTheWorkflowSpeaksEnglishSwedishAndFinnish() throws Exception {
		long claim = claimByApi(this.learner, this.offeredOutcome);
		decide(this.offeringTeacher, claim, "more-evidence", "Add a certificate").andExpect(status().isOk());
		Map<String, User> pages = Map.of("/me/prior-learning", this.learner, "/me/prior-learning/new", this.learner,
				"/me/prior-learning/" + claim, this.learner, "/me/notifications", this.learner, "/assess/claims",
				this.offeringTeacher, "/assess/claims/" + claim, this.offeringTeacher, "/assess/work-based",
				this.offeringTeacher);
		for (String language : List.of("en", "sv", "fi")) {
			for (var page : pages.entrySet()) {
				String html = this.mvc.perform(get(page.getKey()).param("lang", language).with(as(page.getValue())))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(html).as("%s in %s", page.getKey(), language).doesNotContain("??");
				assertThat(Jsoup.parse(html).select("html").attr("lang")).isEqualTo(language);
			}
		}
	}

	private long offeredClaim() throws Exception {
		return claimByApi(this.testUsers.user(Role.LEARNER), this.offeredOutcome);
	}

	private long claimByApi(User who, LearningOutcome outcome) throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/me/prior-learning-claims").file(TestFiles.pdf("evidence.pdf"))
				.param("outcomes", outcome.getCode())
				.param("description", "I assembled and tested modules for two years at a cell plant.")
				.param("links", "https://example.org/portfolio")
				.param("refereeName", "Sara Supervisor")
				.param("refereeOrganisation", "Northvolt Test Site")
				.param("refereeContact", "+46 70 123 45 67")
				.param("refereeConfirms", "Lina ran the formation line on her own from 2024.")
				.with(as(who))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/me/prior-learning-claims/")))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private ResultActions decide(User teacher, long claim, String decision, String note) throws Exception {
		return this.mvc.perform(post("/api/v1/prior-learning-claims/" + claim + "/decision").with(as(teacher))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"" + decision + "\",\"note\":\"" + note + "\"}"));
	}

	static RequestPostProcessor as(User user) {
		return user(user.getUsername()).roles(user.getRoles().stream().map(Role::name).toArray(String[]::new));
	}

	private List<String> trail(long claim) {
		return this.jdbc.queryForList("SELECT action FROM prior_learning_claim_event WHERE claim_id = ? ORDER BY id",
				String.class, claim);
	}

	private String statusOf(long claim) {
		return this.jdbc.queryForObject("SELECT status FROM prior_learning_claim WHERE id = ?", String.class, claim);
	}

	private long firstFile(long claim) {
		return this.jdbc.queryForObject("SELECT MIN(id) FROM prior_learning_claim_file WHERE claim_id = ?", Long.class,
				claim);
	}

	private int fileCount(long claim) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM prior_learning_claim_file WHERE claim_id = ?",
				Integer.class, claim);
	}

	private int claimsOf(User learner) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM prior_learning_claim WHERE learner_id = ?", Integer.class,
				learner.getId());
	}

	private int attainments(User learner) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM attainment WHERE learner_id = ?", Integer.class,
				learner.getId());
	}

	private List<String> notifications(User recipient) {
		return this.jdbc.queryForList("SELECT message_code FROM notification WHERE recipient_id = ? ORDER BY id",
				String.class, recipient.getId());
	}

	private int unread(User recipient) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND read_at IS NULL", Integer.class,
				recipient.getId());
	}

}
