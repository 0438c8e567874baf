package org.cellpath.platform.learning.sharing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.cellpath.platform.TestUsers;
import org.cellpath.platform.TestWeb;
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
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.learning.Attainments;
import org.cellpath.platform.learning.Evidence;
import org.cellpath.platform.learning.EvidenceType;
import org.cellpath.platform.learning.LearningAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A learner shares chosen attainments through a link that anyone may open until it expires or is
 * revoked; each view is logged for the learner; an employer holds a shared record against an
 * occupation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SharingTests {

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
	Attainments attainments;

	@Autowired
	ShareLinks links;

	@Autowired
	ShareViews views;

	@Autowired
	SharingPersonalData personalData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Users users;

	@Autowired
	JsonMapper json;

	User learner;

	User employer;

	LearningOutcome safety;

	LearningOutcome cells;

	LearningOutcome secret;

	LearningOutcome formation;

	Occupation operator;

	@BeforeEach
	void setUp() {
		this.learner = this.testUsers.user(Role.LEARNER);
		// A name apart from the username, to show that neither the username nor the email is shared.
		this.learner.updateProfile("Lina " + TestUsers.unique("L"), this.learner.getEmail());
		this.learner = this.users.save(this.learner);
		this.employer = this.testUsers.user(Role.EMPLOYER);
		this.safety = outcome(3, "Names the protective equipment of the dry room");
		this.cells = outcome(4, "Describes how cathode chemistries differ");
		this.secret = outcome(4, "Repairs a calendering machine under supervision");
		this.formation = outcome(5, "Runs a formation programme");
		String code = "OCC-" + TestUsers.unique("S").substring(2).toUpperCase();
		this.operator = this.occupations.save(new Occupation(code, "Cell operator " + code, "Runs a cell line.", null,
				Set.of(this.safety, this.cells, this.secret, this.formation)));
		credit(this.safety, EvidenceType.UNIT_ASSESSMENT, "unit:1:v2:attempt:3", "Dry-room safety, version 2");
		credit(this.cells, EvidenceType.VALIDATED_PRIOR_LEARNING, "claim:77", "Prior learning: chemistry course 2019");
		credit(this.secret, EvidenceType.WORK_BASED_ASSESSMENT, "workplace:99", "Night shift at Hidden Plant");
	}

	@Test
	void aSharedRecordShowsOnlyTheChosenAttainmentsAndNothingElseOfTheLearner() throws Exception {
		String token = share(List.of(attainment(this.safety), attainment(this.cells)), 30);

		this.mvc.perform(get("/api/v1/shared/" + token).with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Robots-Tag", containsString("noindex")))
			.andExpect(jsonPath("$.learner").value(this.learner.getDisplayName()))
			.andExpect(jsonPath("$.*", hasSize(3)))
			.andExpect(jsonPath("$.expiresAt").exists())
			.andExpect(jsonPath("$.attainments", hasSize(2)))
			.andExpect(jsonPath("$.attainments[*].outcome.code")
				.value(contains(this.cells.getCode(), this.safety.getCode())))
			.andExpect(jsonPath("$.attainments[?(@.outcome.code == '%s')].evidence[0].type", this.cells.getCode())
				.value("VALIDATED_PRIOR_LEARNING"))
			.andExpect(jsonPath("$.attainments[0].evidence[0].recordedAt").exists())
			.andExpect(content().string(not(containsString(this.secret.getCode()))))
			.andExpect(content().string(not(containsString(this.learner.getEmail()))))
			.andExpect(content().string(not(containsString(this.learner.getUsername()))))
			.andExpect(content().string(not(containsString("Prior learning: chemistry course 2019"))));

		this.mvc.perform(get("/shared/" + token).with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Robots-Tag", containsString("noindex")))
			.andExpect(content().string(containsString("<meta name=\"robots\" content=\"noindex")))
			.andExpect(content().string(containsString("Learning record of " + this.learner.getDisplayName())))
			.andExpect(content().string(containsString(this.safety.getCode())))
			.andExpect(content().string(containsString(this.cells.getStatement())))
			.andExpect(content().string(containsString("Validated prior learning")))
			.andExpect(content().string(not(containsString(this.secret.getCode()))))
			.andExpect(content().string(not(containsString(this.secret.getStatement()))))
			.andExpect(content().string(not(containsString("Night shift at Hidden Plant"))))
			.andExpect(content().string(not(containsString(this.learner.getEmail()))))
			.andExpect(content().string(not(containsString(this.learner.getUsername()))));
	}

	@Test
	void tokensAreUnguessableAndAWrongTokenIsNotFound() throws Exception {
		String first = share(List.of(attainment(this.safety)), 30);
		String second = share(List.of(attainment(this.safety)), 30);
		assertThat(first).isNotEqualTo(second).matches("[A-Za-z0-9_-]{43,}");
		assertThat(Base64.getUrlDecoder().decode(first)).hasSizeGreaterThanOrEqualTo(16);

		String wrong = first.substring(0, first.length() - 1) + (first.endsWith("A") ? "B" : "A");
		this.mvc.perform(get("/shared/" + wrong).with(anonymous())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/shared/" + wrong).with(anonymous()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/shared/" + "x".repeat(200)).with(anonymous())).andExpect(status().isNotFound());
	}

	@Test
	void anExpiredLinkAnswersGoneWithAClearPage() throws Exception {
		String token = share(List.of(attainment(this.safety)), 1);
		this.mvc.perform(get("/shared/" + token).with(anonymous())).andExpect(status().isOk());

		this.jdbc.update("UPDATE share_link SET expires_at = ? WHERE token = ?",
				Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), token);

		this.mvc.perform(get("/shared/" + token).with(anonymous()))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This share link has ended")))
			.andExpect(content().string(containsString("This link expired on")))
			.andExpect(content().string(not(containsString(this.safety.getCode()))));
		this.mvc.perform(get("/api/v1/shared/" + token).with(anonymous()))
			.andExpect(status().isGone())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("This share link has expired."));
		this.mvc.perform(get("/api/v1/me/shares").with(as(this.learner)))
			.andExpect(jsonPath("$[0].status").value("EXPIRED"))
			.andExpect(jsonPath("$[0].views").value(1));
	}

	@Test
	void aRevokedLinkAnswersGoneAndItsViewLogStays() throws Exception {
		String location = create(List.of(attainment(this.safety)), 30);
		String token = tokenOf(location);
		this.mvc.perform(get("/shared/" + token).with(as(this.employer))).andExpect(status().isOk());

		this.mvc.perform(delete(location).with(as(this.learner)).with(csrf())).andExpect(status().isNoContent());

		this.mvc.perform(get("/shared/" + token).with(anonymous()))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("The learner revoked this link")));
		this.mvc.perform(get("/api/v1/shared/" + token).with(anonymous()))
			.andExpect(status().isGone())
			.andExpect(jsonPath("$.detail").value("The learner has revoked this share link."));
		this.mvc.perform(get(location).with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.share.status").value("REVOKED"))
			.andExpect(jsonPath("$.share.revokedAt").exists())
			.andExpect(jsonPath("$.viewLog", hasSize(1)));
	}

	@Test
	void everyViewIsLoggedWithWhenAndTheSignedInViewersOrganisationOnly() throws Exception {
		String location = create(List.of(attainment(this.safety)), 30);
		String token = tokenOf(location);
		this.mvc.perform(get("/shared/" + token).with(anonymous())).andExpect(status().isOk());
		this.mvc.perform(get("/shared/" + token).with(as(this.employer))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/shared/" + token).with(anonymous())).andExpect(status().isOk());
		// The learner looking at their own link is not a view by someone else.
		this.mvc.perform(get("/shared/" + token).with(as(this.learner))).andExpect(status().isOk());

		String employerOrganisation = organisationName(this.employer);
		this.mvc.perform(get(location).with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.share.views").value(3))
			.andExpect(jsonPath("$.share.lastViewedAt").exists())
			.andExpect(jsonPath("$.viewLog", hasSize(3)))
			.andExpect(jsonPath("$.viewLog[*].channel").value(contains("API", "PAGE", "PAGE")))
			.andExpect(jsonPath("$.viewLog[0].organisation").value(nullValue()))
			.andExpect(jsonPath("$.viewLog[1].organisation").value(employerOrganisation))
			.andExpect(jsonPath("$.viewLog[2].organisation").value(nullValue()))
			.andExpect(jsonPath("$.viewLog[0].viewedAt").exists());

		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get("/me/shares/" + id).with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(employerOrganisation)))
			.andExpect(content().string(containsString("Viewed 3 times")))
			.andExpect(content().string(containsString("/shared/" + token)));
		assertThat(this.jdbc.queryForList("SHOW COLUMNS FROM share_view")
			.stream()
			.map((column) -> String.valueOf(column.get("Field")))).noneMatch((name) -> name.contains("ip")
					|| name.contains("address") || name.contains("user"));
	}

	@Test
	void anEmployerHoldsASharedRecordAgainstAnOccupation() throws Exception {
		// cells is attained but not shared: it counts as missing for the employer.
		String token = share(List.of(attainment(this.safety), attainment(this.secret)), 30);

		this.mvc.perform(get("/api/v1/shared/" + token + "/coverage").param("occupation", this.operator.getCode())
			.with(as(this.employer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.occupation").value(this.operator.getCode()))
			.andExpect(jsonPath("$.learner").value(this.learner.getDisplayName()))
			.andExpect(jsonPath("$.required").value(4))
			.andExpect(jsonPath("$.percent").value(50))
			.andExpect(jsonPath("$.covered[*].code").value(contains(this.safety.getCode(), this.secret.getCode())))
			.andExpect(jsonPath("$.missing[*].code").value(contains(this.cells.getCode(), this.formation.getCode())));

		this.mvc.perform(get("/shared/" + token).param("occupation", this.operator.getCode()).with(as(this.employer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Against: " + this.operator.getName())))
			.andExpect(content().string(containsString("2 of 4 required outcomes covered")))
			.andExpect(content().string(containsString(this.formation.getStatement())));
		this.mvc.perform(get("/shared/" + token).param("occupation", this.operator.getCode()).with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Hold the record against an occupation"))))
			.andExpect(content().string(not(containsString(this.formation.getStatement()))));

		this.mvc.perform(get("/api/v1/shared/" + token + "/coverage").param("occupation", "OCC-NOT-THERE")
			.with(as(this.employer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occupation"));
		this.mvc.perform(get("/shared/" + token).param("occupation", "OCC-NOT-THERE").with(as(this.employer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no occupation with that code.")));
		this.mvc.perform(get("/api/v1/shared/" + token + "/coverage").param("occupation", this.operator.getCode())
			.with(as(this.learner))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/shared/" + token + "/coverage").param("occupation", this.operator.getCode()))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me/shares/" + idOf(token)).with(as(this.learner)))
			.andExpect(jsonPath("$.viewLog[*].occupation").value(hasItem(this.operator.getCode())));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "no attainments", "attainments missing", "expiry of 0 days", "expiry of 366 days",
			"someone else's attainment", "an attainment that does not exist", "a label too long" })
	void badInputIsRefusedClearlyAndStoresNothing(String problem) throws Exception {
		User other = this.testUsers.user(Role.LEARNER);
		this.account.credit(other.getId(), this.formation.getId(),
				new Evidence(EvidenceType.UNIT_ASSESSMENT, "unit:5:v1:attempt:1", "Formation basics", null));
		long theirs = this.attainments.findByLearnerIdOrderByAttainedAtDesc(other.getId()).get(0).getId();
		long mine = attainment(this.safety);
		Map<String, Object> body = new java.util.HashMap<>(Map.of("attainments", List.of(mine), "expiryDays", 30));
		String field = "attainments";
		switch (problem) {
			case "no attainments" -> body.put("attainments", List.of());
			case "attainments missing" -> body.remove("attainments");
			case "expiry of 0 days" -> {
				body.put("expiryDays", 0);
				field = "expiryDays";
			}
			case "expiry of 366 days" -> {
				body.put("expiryDays", 366);
				field = "expiryDays";
			}
			case "someone else's attainment" -> body.put("attainments", List.of(mine, theirs));
			case "an attainment that does not exist" -> body.put("attainments", List.of(mine, Long.MAX_VALUE));
			case "a label too long" -> {
				body.put("label", "x".repeat(121));
				field = "label";
			}
			default -> throw new IllegalArgumentException(problem);
		}
		TestWeb.refusesJson(this.mvc, "/api/v1/me/shares", as(this.learner), this.json.writeValueAsString(body), field,
				() -> this.links.countByLearnerId(this.learner.getId()));
	}

	@Test
	void thePageRefusesAShareWithoutAttainmentsOrWithAnotherLearnersAndKeepsWhatWasTyped() throws Exception {
		User other = this.testUsers.user(Role.LEARNER);
		this.account.credit(other.getId(), this.formation.getId(),
				new Evidence(EvidenceType.UNIT_ASSESSMENT, "unit:5:v1:attempt:1", "Formation basics", null));
		long theirs = this.attainments.findByLearnerIdOrderByAttainedAtDesc(other.getId()).get(0).getId();

		this.mvc.perform(post("/me/shares").param("expiryDays", "45").param("label", "For Boreal")
			.with(as(this.learner))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose at least one outcome to share.")))
			.andExpect(content().string(containsString("value=\"45\"")))
			.andExpect(content().string(containsString("value=\"For Boreal\"")));
		this.mvc.perform(post("/me/shares").param("attainments", String.valueOf(theirs))
			.param("expiryDays", "30")
			.with(as(this.learner))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Some of the chosen outcomes are not in your learning account.")));
		this.mvc.perform(post("/me/shares").param("attainments", String.valueOf(attainment(this.safety)))
			.param("expiryDays", "400")
			.with(as(this.learner))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The link works for 1 to 365 days.")));
		assertThat(this.links.countByLearnerId(this.learner.getId())).isZero();
	}

	@Test
	void aLearnerMakesALinkOnThePageWithThirtyDaysUnlessTheyChooseOtherwise() throws Exception {
		this.mvc.perform(get("/me/shares").with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"30\"")))
			.andExpect(content().string(containsString("type=\"checkbox\"")))
			.andExpect(content().string(containsString(this.secret.getStatement())));

		String page = this.mvc
			.perform(post("/me/shares").param("attainments", String.valueOf(attainment(this.cells)))
				.param("expiryDays", "7")
				.param("label", "For Boreal Cell Works")
				.with(as(this.learner))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/me/shares/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		ShareLink link = this.links.findByLearnerIdOrderByCreatedAtDescIdDesc(this.learner.getId()).get(0);
		assertThat(Duration.between(link.getCreatedAt(), link.getExpiresAt())).isEqualTo(Duration.ofDays(7));
		assertThat(link.itemIds(SharedItemKind.ATTAINMENT)).containsExactly(attainment(this.cells));
		this.mvc.perform(get(page).with(as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("For Boreal Cell Works")))
			.andExpect(content().string(containsString("/shared/" + link.getToken())))
			.andExpect(content().string(containsString("Nobody has opened the link yet.")));

		String api = this.mvc
			.perform(post("/api/v1/me/shares").with(as(this.learner))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"attainments\":[" + attainment(this.safety) + "]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.views").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Instant created = Instant.parse(JsonPath.read(api, "$.createdAt"));
		Instant expires = Instant.parse(JsonPath.read(api, "$.expiresAt"));
		assertThat(Duration.between(created, expires)).isEqualTo(Duration.ofDays(30));
	}

	@Test
	void aLearnerCannotSeeOrRevokeAnotherLearnersLink() throws Exception {
		String location = create(List.of(attainment(this.safety)), 30);
		User other = this.testUsers.user(Role.LEARNER);
		this.mvc.perform(get(location).with(as(other))).andExpect(status().isNotFound());
		this.mvc.perform(delete(location).with(as(other)).with(csrf())).andExpect(status().isNotFound());
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get("/me/shares/" + id).with(as(other))).andExpect(status().isNotFound());
		this.mvc.perform(post("/me/shares/" + id + "/revoke").with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/shared/" + tokenOf(location)).with(anonymous())).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me/shares").with(as(this.employer))).andExpect(status().isForbidden());
	}

	@Test
	void theLearnersLinksAndTheirViewsAreExportedAndErased() throws Exception {
		String token = share(List.of(attainment(this.safety)), 30);
		this.mvc.perform(get("/shared/" + token).with(as(this.employer))).andExpect(status().isOk());

		String export = this.json.writeValueAsString(this.personalData.export(this.learner.getId()));
		assertThat(export).contains(token, "ATTAINMENT", String.valueOf(attainment(this.safety)),
				organisationName(this.employer));

		this.personalData.erase(this.learner.getId());
		assertThat(this.links.countByLearnerId(this.learner.getId())).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM share_view v JOIN share_link l ON l.id = v.share_id"
				+ " WHERE l.learner_id = ?", Integer.class, this.learner.getId())).isZero();
		this.mvc.perform(get("/shared/" + token).with(anonymous())).andExpect(status().isNotFound());
	}

	@Test
	void onlyLearnersManageShareLinksAndSomeoneSignedOutIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/me/shares").with(anonymous()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/v1/me/shares").with(anonymous())).andExpect(status().isUnauthorized());
		for (Role role : Role.values()) {
			if (role != Role.LEARNER) {
				User someone = this.testUsers.user(role);
				this.mvc.perform(get("/me/shares").with(as(someone))).andExpect(status().isForbidden());
				this.mvc.perform(post("/api/v1/me/shares").with(as(someone))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"attainments\":[1]}")).andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void theApiDescriptionListsSharingAndMarksTheSharedRecordPublic() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me/shares'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me/shares'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me/shares/{id}'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/v1/shared/{token}/coverage'].get.parameters[*].name")
				.value(contains("token", "occupation")))
			.andExpect(jsonPath("$.paths['/api/v1/shared/{token}'].get.security", hasSize(0)))
			.andExpect(jsonPath("$.paths['/api/v1/shared/{token}'].get.parameters[*].name").value(contains("token")));
	}

	private String organisationName(User user) {
		return this.jdbc.queryForObject(
				"SELECT o.name FROM organisation o JOIN app_user u ON u.organisation_id = o.id WHERE u.id = ?",
				String.class, user.getId());
	}

	private String share(List<Long> attainmentIds, int days) throws Exception {
		return tokenOf(create(attainmentIds, days));
	}

	/** Creates a link through the API and answers its location. */
	private String create(List<Long> attainmentIds, int days) throws Exception {
		return this.mvc
			.perform(post("/api/v1/me/shares").with(as(this.learner))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("attainments", attainmentIds, "expiryDays", days))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	private String tokenOf(String location) {
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		return this.links.findById(id).orElseThrow().getToken();
	}

	private long idOf(String token) {
		return this.links.findByToken(token).orElseThrow().getId();
	}

	private long attainment(LearningOutcome outcome) {
		return this.attainments.findByLearnerIdOrderByAttainedAtDesc(this.learner.getId())
			.stream()
			.filter((attainment) -> attainment.getOutcome().getId().equals(outcome.getId()))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private void credit(LearningOutcome outcome, EvidenceType type, String source, String label) {
		this.account.credit(this.learner.getId(), outcome.getId(), new Evidence(type, source, label, null));
	}

	private LearningOutcome outcome(int eqfLevel, String statement) {
		return this.outcomes.save(new LearningOutcome("T-" + TestUsers.unique("S").substring(2).toUpperCase(),
				new OutcomeDescription(statement, OutcomeType.SKILL, BloomLevel.APPLY, eqfLevel,
						SkillCategory.SECTOR_SPECIFIC),
				Set.of()));
	}

	private static RequestPostProcessor as(User user) {
		return user(user.getUsername()).roles(user.getRoles().stream().map(Role::name).toArray(String[]::new));
	}

}
