package org.cellpath.course.catalogue;

import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.TestUnits;
import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.NotFoundException;
import org.cellpath.platform.web.PageView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Learners and visitors find published units by text and filters, and read them in their language. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	UnitAuthoring authoring;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework framework;

	User teacher;

	LearningOutcome outcome;

	long published;

	long draftOnly;

	@BeforeEach
	void aPublishedUnitAndADraft() {
		this.teacher = this.testUsers.user(Role.TEACHER);
		this.outcome = this.framework.outcome(5);
		ObjectNode document = TestUnits.document("Zebra electrolyte handling", this.outcome.getCode());
		document.put("eqfLevel", 5);
		this.published = this.authoring.createDraft(document, this.teacher).unitId();
		this.authoring.publish(this.published, this.teacher);
		this.draftOnly = this.authoring.createDraft(TestUnits.document("Zebra draft", this.outcome.getCode()), this.teacher)
			.unitId();
	}

	private PageView<UnitCard> search(CatalogueQuery query) {
		return this.catalogue.search(query, null, "en", 0, 50);
	}

	private CatalogueQuery byOutcome() {
		return new CatalogueQuery(null, null, null, null, this.outcome.getCode(), null, null, null);
	}

	@Test
	void onlyPublishedUnitsAreInTheCatalogue() {
		assertThat(search(byOutcome()).items()).extracting(UnitCard::id).containsExactly(this.published);
		assertThatThrownBy(() -> this.catalogue.unit(this.draftOnly, "en")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void everyFilterNarrowsTheCatalogue() {
		String slug = this.authoring.unitsOf(this.teacher, null).get(0).providerSlug();
		String region = this.catalogue.unit(this.published, "en").provider().regionCode();
		Occupation occupation = this.framework.occupation(this.outcome);
		String code = this.outcome.getCode();
		assertThat(search(new CatalogueQuery("zebra electrolyte", null, null, null, code, null, null, null)).items()).hasSize(1);
		assertThat(search(new CatalogueQuery("litiumjonceller", null, null, null, code, null, null, null)).items())
			.as("text in a translation").hasSize(1);
		assertThat(search(new CatalogueQuery("nothing like it", null, null, null, code, null, null, null)).items()).isEmpty();
		assertThat(search(new CatalogueQuery(null, 5, null, null, code, null, null, null)).items()).hasSize(1);
		assertThat(search(new CatalogueQuery(null, 4, null, null, code, null, null, null)).items()).isEmpty();
		assertThat(search(new CatalogueQuery(null, null, "sv", null, code, null, null, null)).items()).hasSize(1);
		assertThat(search(new CatalogueQuery(null, null, "fi", null, code, null, null, null)).items()).isEmpty();
		assertThat(search(new CatalogueQuery(null, null, null, this.outcome.getCategory(), code, null, null, null)).items())
			.hasSize(1);
		assertThat(search(new CatalogueQuery(null, null, null, null, String.valueOf(this.outcome.getId()), null, null,
				null)).items()).as("outcome by id").hasSize(1);
		assertThat(search(new CatalogueQuery(null, null, null, null, null, occupation.getCode(), null, null)).items())
			.extracting(UnitCard::id).containsExactly(this.published);
		assertThat(search(new CatalogueQuery(null, null, null, null, null, null, slug, null)).items())
			.extracting(UnitCard::id).containsExactly(this.published);
		assertThat(search(new CatalogueQuery(null, null, null, null, null, null, null, region)).items())
			.extracting(UnitCard::id).containsExactly(this.published);
		assertThat(search(new CatalogueQuery(null, null, null, null, null, null, "no-such-provider", null)).items()).isEmpty();
	}

	@Test
	void theApiIsPublicPagedAndNamesFiltersThatAreWrong() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("outcome", this.outcome.getCode()).param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(this.published))
			.andExpect(jsonPath("$.items[0].outcomes[0].code").value(this.outcome.getCode()))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.size").value(1));
		this.mvc.perform(get("/api/v1/units").param("eqf", "9")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/units").param("category", "NOT_A_CATEGORY")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/units/" + this.draftOnly)).andExpect(status().isNotFound());
	}

	@Test
	void learnersReadTheirLanguageWhereItExistsAndTheOriginalOtherwise() {
		LearnerUnit swedish = this.catalogue.unit(this.published, "sv");
		assertThat(swedish.language()).isEqualTo("sv");
		assertThat(swedish.title()).isEqualTo("Litiumjonceller: så fungerar de");
		assertThat(swedish.assessment().items().get(0).prompt()).isEqualTo("Vilken elektrod är negativ vid urladdning?");
		assertThat(swedish.assessment().items().get(0).options()).containsExactly("Katod", "Anod", "Separator");
		assertThat(swedish.assessment().items().get(1).prompt()).as("untranslated items stay in the original")
			.isEqualTo("Which are cathode materials?");
		assertThat(swedish.languages()).containsExactly("en", "sv");

		LearnerUnit finnish = this.catalogue.unit(this.published, "fi");
		assertThat(finnish.language()).isEqualTo("en");
		assertThat(finnish.title()).isEqualTo("Zebra electrolyte handling");
		assertThat(finnish.content().get(0).html()).contains("<h2>Cells</h2>");
		assertThat(finnish.licence()).isEqualTo("CC-BY-4.0");
		assertThat(finnish.learningMinutes()).isEqualTo(30);
		assertThat(finnish.outcomes()).extracting(UnitCard.OutcomeRef::code).containsExactly(this.outcome.getCode());

		PageView<UnitCard> cards = this.catalogue.search(byOutcome(), CatalogueOrder.TITLE, "sv", 0, 10);
		assertThat(cards.items().get(0).title()).isEqualTo("Litiumjonceller: så fungerar de");
	}

	@Test
	void theFacetsOfferThePublishedLanguagesAndProviders() throws Exception {
		String slug = this.authoring.unitsOf(this.teacher, null).get(0).providerSlug();
		Catalogue.Facets facets = this.catalogue.facets();
		assertThat(facets.languages()).contains("en", "sv");
		assertThat(facets.providers()).extracting(UnitCard.ProviderRef::slug).contains(slug);
		this.mvc.perform(get("/api/v1/units/facets")).andExpect(status().isOk()).andExpect(jsonPath("$.languages").isArray());
	}

	@Test
	void attachmentsAreDownloadedAsAttachments() throws Exception {
		this.mvc.perform(get("/api/v1/units/" + this.published + "/attachments/3"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(content().string("Check the cell."));
		this.mvc.perform(get("/api/v1/units/" + this.published + "/attachments/0")).andExpect(status().isNotFound());
	}

	@Test
	void aNewVersionReplacesTheOldOneInTheCatalogue() {
		AuthoredUnit v2 = this.authoring.saveDraft(this.published,
				TestUnits.document("Zebra electrolyte handling, revised", this.outcome.getCode()), this.teacher);
		this.authoring.publish(v2.unitId(), this.teacher);
		assertThat(search(byOutcome()).items()).singleElement()
			.satisfies((card) -> assertThat(card.version()).isEqualTo(2));
	}

}
