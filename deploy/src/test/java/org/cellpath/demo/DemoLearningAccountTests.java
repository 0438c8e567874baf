package org.cellpath.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.learning.EvidenceType;
import org.cellpath.platform.learning.account.LearningRecord;
import org.cellpath.platform.learning.account.LearningRecords;
import org.cellpath.platform.learning.sharing.ShareLink;
import org.cellpath.platform.learning.sharing.ShareSummary;
import org.cellpath.platform.learning.sharing.Sharing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo learner has a learning account with every kind of evidence and one active share link,
 * loading the demo again adds nothing, and the account and sharing pages render on it in every
 * language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoLearningAccountTests {

	@Autowired
	DemoLearningAccount demo;

	@Autowired
	Users users;

	@Autowired
	LearningRecords records;

	@Autowired
	Sharing sharing;

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoLearnerPassedDemoUnitsAndHasEveryKindOfEvidenceAndAnActiveShareLink() {
		User learner = learner();
		LearningRecord record = this.records.of(learner.getId());
		assertThat(record.attainments()).hasSizeGreaterThanOrEqualTo(5);
		Set<EvidenceType> kinds = record.attainments()
			.stream()
			.flatMap((attainment) -> attainment.evidence().stream())
			.map((evidence) -> evidence.type())
			.collect(Collectors.toSet());
		assertThat(kinds).containsExactlyInAnyOrder(EvidenceType.values());
		// Other journeys may add to the demo learner's account; what the demo recorded says so.
		assertThat(record.attainments().stream().flatMap((attainment) -> attainment.evidence().stream()))
			.filteredOn((evidence) -> evidence.sourceRef().startsWith("demo:"))
			.hasSizeGreaterThanOrEqualTo(5)
			.allSatisfy((evidence) -> assertThat(evidence.source()).startsWith("Recorded for the demo"));
		// The unit assessments are real passes of demo units, with their unit, version and attempt.
		assertThat(record.attainments().stream().flatMap((attainment) -> attainment.evidence().stream()))
			.filteredOn((evidence) -> evidence.type() == EvidenceType.UNIT_ASSESSMENT)
			.extracting((evidence) -> evidence.source())
			.contains("Protective equipment and dry-room clothing (version 1)",
					"Why new cells are formed and aged (version 1)");
		assertThat(this.sharing.of(learner)).anySatisfy((share) -> {
			assertThat(share.status()).isEqualTo(ShareLink.Status.ACTIVE);
			assertThat(share.attainments()).isNotEmpty();
		});
	}

	@Test
	void loadingTheDemoLearningAccountAgainAddsNothing() {
		User learner = learner();
		LearningRecord before = this.records.of(learner.getId());
		int links = this.sharing.of(learner).size();
		this.demo.load();
		this.demo.load();
		assertThat(this.records.of(learner.getId())).isEqualTo(before);
		assertThat(this.sharing.of(learner)).hasSize(links);
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "sv", "fi" })
	void theAccountAndSharingPagesRenderOnTheDemoData(String language) throws Exception {
		ShareSummary share = this.sharing.of(learner())
			.stream()
			.filter((link) -> link.status() == ShareLink.Status.ACTIVE)
			.findFirst()
			.orElseThrow();
		RequestPostProcessor learner = user("learner").roles("LEARNER");
		RequestPostProcessor employer = user("employer").roles("EMPLOYER");
		for (String view : List.of("outcomes", "timeline", "categories", "levels", "occupations")) {
			renders("/me/learning?view=" + view, learner, language);
		}
		renders("/me/shares", learner, language);
		renders("/me/shares/" + share.id(), learner, language);
		renders("/shared/" + share.token(), anonymous(), language);
		renders("/shared/" + share.token() + "?occupation=OCC-CELL-OPERATOR", employer, language);
	}

	private void renders(String path, RequestPostProcessor who, String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(path + (path.contains("?") ? "&" : "?") + "lang=" + language).with(who))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.html()).as("unresolved message keys on %s", path).doesNotContain("??");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("h1")).as("one main heading on %s", path).hasSize(1);
	}

	private User learner() {
		return this.users.findByUsername("learner").orElseThrow();
	}

}
