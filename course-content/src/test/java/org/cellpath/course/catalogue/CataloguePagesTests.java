package org.cellpath.course.catalogue;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.TestUnits;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue of units and the page about one unit: open to visitors who are not signed in,
 * filtered and paginated, in the reader's language where a unit is translated.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CataloguePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework testFramework;

	@Autowired
	UnitAuthoring authoring;

	private User teacher;

	private LearningOutcome outcome;

	/** A word in the titles of this test's units only, so that tests sharing the database do not see each other. */
	private String word;

	@BeforeEach
	void aTeacherAndAnOutcome() {
		this.teacher = this.testUsers.user(Role.TEACHER);
		this.outcome = this.testFramework.outcome(4);
		this.word = "W" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aSignedOutVisitorSeesTheCatalogueAndTheUnitPage() throws Exception {
		long id = publish(this.word + " cells", 4, this.outcome);

		Document catalogue = page(get("/units").param("q", this.word));
		assertThat(catalogue.select(".unit-result h2 a").eachText()).containsExactly(this.word + " cells");
		assertThat(catalogue.select(".unit-result h2 a").attr("href")).isEqualTo("/units/" + id);
		assertThat(catalogue.select("#provider option[value='" + this.teacher.getOrganisation().getSlug() + "']").text())
			.as("a provider that publishes is a choice").isEqualTo(this.teacher.getOrganisation().getName());
		assertThat(catalogue.select("#language option").eachAttr("value")).contains("", "en", "sv", "fi");
		assertThat(catalogue.select(".unit-result").text()).contains("How lithium-ion cells store", "30 minutes",
				"English, Swedish", this.teacher.getOrganisation().getName(), this.outcome.getCode());

		Document unit = page(get("/units/" + id));
		assertThat(unit.select("h1").text()).isEqualTo(this.word + " cells");
		assertThat(unit.select("main a[href=/outcomes/" + this.outcome.getCode() + "]")).hasSize(1);
		assertThat(unit.select("a[rel~=license]").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(unit.select("dl.facts").text()).contains("EQF 4", "30 minutes", "English, Swedish", "0.5 ECVET", "Version 1, published ",
				"Self-paced online");
		assertThat(unit.select("a.start").attr("href")).as("the start link leads through sign-in")
			.isEqualTo("/units/" + id + "/learn");
		assertThat(unit.select("a.start").text()).isEqualTo("Sign in to start this unit");
	}

	@Test
	void aLearnerIsOfferedToStartAndThenToContinue() throws Exception {
		long id = publish(this.word, 4, this.outcome);
		User learner = this.testUsers.user(Role.LEARNER);
		var signedIn = user(learner.getUsername()).roles("LEARNER");

		assertThat(page(get("/units/" + id).with(signedIn)).select("a.start").text()).isEqualTo("Start this unit");
		this.mvc.perform(get("/units/" + id + "/learn/2").with(signedIn)).andExpect(status().isOk());
		Document unit = page(get("/units/" + id).with(signedIn));
		assertThat(unit.select("a.start").text()).isEqualTo("Continue where you left off");
		assertThat(unit.select("progress").attr("value")).isNotEmpty();
	}

	@Test
	void aTeacherIsToldThatUnitsAreTakenAsALearner() throws Exception {
		long id = publish(this.word, 4, this.outcome);
		Document unit = page(get("/units/" + id).with(user(this.teacher.getUsername()).roles("TEACHER")));
		assertThat(unit.select("a.start")).isEmpty();
		assertThat(unit.select(".take .notice").text()).contains("learner account");
	}

	@Test
	void theFiltersNarrowTheCatalogue() throws Exception {
		LearningOutcome other = this.testFramework.outcome(6);
		Occupation occupation = this.testFramework.occupation(other);
		publish(this.word + " basics", 4, this.outcome);
		publish(this.word + " advanced", 6, other);

		assertThat(titles(get("/units").param("q", this.word))).containsExactlyInAnyOrder(this.word + " basics",
				this.word + " advanced");
		assertThat(titles(get("/units").param("q", this.word).param("eqf", "6"))).containsExactly(this.word + " advanced");
		assertThat(titles(get("/units").param("q", this.word).param("outcome", this.outcome.getCode())))
			.containsExactly(this.word + " basics");
		assertThat(titles(get("/units").param("q", this.word).param("occupation", occupation.getCode())))
			.containsExactly(this.word + " advanced");
		assertThat(titles(get("/units").param("q", this.word).param("language", "sv"))).hasSize(2);
		assertThat(titles(get("/units").param("q", this.word).param("language", "fi"))).isEmpty();
		assertThat(titles(get("/units").param("q", this.word).param("category", "SECTOR_SPECIFIC"))).hasSize(2);
		assertThat(titles(get("/units").param("q", this.word).param("category", "TRANSVERSAL"))).isEmpty();
		assertThat(titles(get("/units").param("q", this.word)
			.param("provider", this.teacher.getOrganisation().getSlug()))).hasSize(2);
		assertThat(titles(get("/units").param("q", this.word).param("provider", "no-such-provider"))).isEmpty();
		assertThat(titles(get("/units").param("q", this.word)
			.param("region", this.teacher.getOrganisation().getRegion().getCode()))).hasSize(2);
		assertThat(titles(get("/units").param("q", this.word).param("sort", "TITLE")))
			.containsExactly(this.word + " advanced", this.word + " basics");
	}

	@Test
	void theFormKeepsTheFiltersAndNonsenseIsIgnoredWithANote() throws Exception {
		publish(this.word, 6, this.outcome);
		Document kept = page(get("/units").param("q", this.word).param("eqf", "6").param("language", "sv"));
		assertThat(kept.select("#q").val()).isEqualTo(this.word);
		assertThat(kept.select("#eqf option[selected]").val()).isEqualTo("6");
		assertThat(kept.select("#language option[selected]").val()).isEqualTo("sv");
		assertThat(kept.select("#results [role=alert]")).isEmpty();

		for (String[] nonsense : List.of(new String[] { "eqf", "12" }, new String[] { "eqf", "high" },
				new String[] { "category", "WISDOM" }, new String[] { "language", "english" })) {
			Document ignored = page(get("/units").param(nonsense[0], nonsense[1]));
			assertThat(ignored.select("#results [role=alert]").text()).as(String.join("=", nonsense))
				.isEqualTo("Some filter values were not valid and were ignored.");
		}
	}

	@Test
	void theCatalogueComesInPagesThatKeepTheFilters() throws Exception {
		for (int i = 0; i < CatalogueController.PAGE_SIZE + 2; i++) {
			publish(this.word + " part " + (char) ('A' + i), 4, this.outcome);
		}
		Document first = page(get("/units").param("q", this.word).param("sort", "TITLE"));
		assertThat(first.select(".unit-result")).hasSize(CatalogueController.PAGE_SIZE);
		assertThat(first.select("#results [role=status]").text()).isEqualTo("12 units match.");
		assertThat(first.select("nav.pages").text()).contains("Page 1 of 2");
		assertThat(first.select("nav.pages a[rel=prev]")).isEmpty();
		String next = first.select("nav.pages a[rel=next]").attr("href");
		assertThat(next).contains("q=" + this.word).contains("sort=TITLE").contains("page=1");

		Document second = page(get("/units").param("q", this.word).param("sort", "TITLE").param("page", "1"));
		assertThat(second.select(".unit-result h2").eachText()).containsExactly(this.word + " part K",
				this.word + " part L");
		assertThat(second.select("nav.pages a[rel=prev]").attr("href")).contains("page=0");
		assertThat(second.select("nav.pages a[rel=next]")).isEmpty();
		assertThat(page(get("/units").param("q", this.word).param("sort", "TITLE").param("page", "7"))
			.select(".unit-result h2").eachText()).as("a page past the end shows the last")
			.containsExactly(this.word + " part K", this.word + " part L");
	}

	@Test
	void htmxGetsTheResultsAloneAndAHistoryRestoreTheWholePage() throws Exception {
		publish(this.word, 4, this.outcome);
		String results = this.mvc.perform(get("/units").param("q", this.word).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(results).doesNotContain("<html").contains("id=\"results\"").contains(this.word);

		Document restored = page(get("/units").param("q", this.word)
			.header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true"));
		assertThat(restored.select("form[role=search]")).hasSize(1);
	}

	@Test
	void aSwedishReaderSeesTheTranslatedTitle() throws Exception {
		long id = publish(this.word, 4, this.outcome);
		Document catalogue = page(get("/units").param("q", this.word).param("lang", "sv"));
		assertThat(catalogue.select(".unit-result h2 a").text()).isEqualTo("Litiumjonceller: så fungerar de");
		assertThat(catalogue.select(".unit-result h2 a").attr("lang")).isEqualTo("sv");
		assertThat(catalogue.select("#results [role=status]").text()).isEqualTo("En lärenhet matchar.");

		Document unit = page(get("/units/" + id).param("lang", "sv"));
		assertThat(unit.select("h1").text()).isEqualTo("Litiumjonceller: så fungerar de");
		assertThat(unit.select("dl.facts").text()).contains("Engelska, Svenska");

		Document finnish = page(get("/units/" + id).param("lang", "fi"));
		assertThat(finnish.select("h1").text()).as("no Finnish translation: the original").isEqualTo(this.word);
		assertThat(finnish.select("h1").parents().select("[lang=en]")).isNotEmpty();
	}

	@Test
	void anUnknownOrUnpublishedUnitIsNotFound() throws Exception {
		this.mvc.perform(get("/units/999999999")).andExpect(status().isNotFound());
		long draft = this.authoring.createDraft(TestUnits.document(this.word, this.outcome.getCode()), this.teacher)
			.unitId();
		this.mvc.perform(get("/units/" + draft)).andExpect(status().isNotFound());
		assertThat(titles(get("/units").param("q", this.word))).isEmpty();
	}

	private long publish(String title, int eqfLevel, LearningOutcome addressed) {
		ObjectNode document = TestUnits.document(title, addressed.getCode());
		document.put("eqfLevel", eqfLevel);
		long id = this.authoring.createDraft(document, this.teacher).unitId();
		this.authoring.publish(id, this.teacher);
		return id;
	}

	private List<String> titles(MockHttpServletRequestBuilder request) throws Exception {
		return page(request).select(".unit-result h2").eachText();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("??");
		return Jsoup.parse(html);
	}

}
