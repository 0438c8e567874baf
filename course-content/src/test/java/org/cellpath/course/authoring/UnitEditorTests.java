package org.cellpath.course.authoring;

import java.util.List;

import tools.jackson.databind.JsonNode;

import org.cellpath.course.TestUnits;
import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Teachers write units in the editor: every field, block and item type, with problems shown where they are. */
@SpringBootTest
@AutoConfigureMockMvc
class UnitEditorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework framework;

	@Autowired
	UnitAuthoring authoring;

	User teacher;

	LearningOutcome outcome;

	@BeforeEach
	void setUp() {
		this.teacher = this.testUsers.user(Role.TEACHER);
		this.outcome = this.framework.outcome(4);
	}

	@Test
	void theEditorCreatesAUnitWithEveryItemTypeAndEveryKindOfBlock() throws Exception {
		String location = this.mvc
			.perform(EditorPosts.everyItemType("/teach/units/new", "Lithium-ion cells", this.outcome.getCode())
				.with(asTeacher())
				.param("action", "save"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/teach/units/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		JsonNode unit = UnitFormat.toTree(this.authoring.export(id, null, this.teacher));
		assertThat(unit.path("title").asString()).isEqualTo("Lithium-ion cells");
		assertThat(unit.path("provider").asString()).isEqualTo(this.teacher.getOrganisation().getSlug());
		assertThat(unit.path("deliveryMode").asString()).isEqualTo("blended");
		assertThat(unit.path("credits").path("system").asString()).isEqualTo("ECTS");
		assertThat(unit.path("outcomes").path(0).asString()).isEqualTo(this.outcome.getCode());
		assertThat(unit.path("content").values()).extracting((block) -> block.path("type").asString())
			.containsExactly("text", "image", "video", "link");
		JsonNode items = unit.path("assessment").path("items");
		assertThat(unit.path("assessment").path("maxAttempts").asInt()).isEqualTo(3);
		assertThat(items.values()).extracting((item) -> item.path("type").asString())
			.containsExactly("single-choice", "multiple-choice", "matching", "ordering", "numeric");
		assertThat(items.path(0).path("answer").asInt()).isEqualTo(1);
		assertThat(items.path(0).path("feedback").path("incorrect").asString()).isEqualTo("It is the anode.");
		assertThat(items.path(0).path("outcomes").path(0).asString()).isEqualTo(this.outcome.getCode());
		assertThat(items.path(1).path("answer").toString()).isEqualTo("[0,2]");
		assertThat(items.path(2).path("answer").path("0").asInt()).isEqualTo(1);
		assertThat(items.path(2).path("answer").path("1").asInt()).isEqualTo(0);
		assertThat(items.path(3).path("answer").toString()).as("entries by their places 2, 3, 1").isEqualTo("[2,0,1]");
		assertThat(items.path(4).path("answer").asDouble()).isEqualTo(3.7);
		assertThat(items.path(4).path("unit").asString()).isEqualTo("V");

		this.mvc.perform(get("/teach/units/" + id + "/edit").with(asTeacher()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Lithium-ion cells\"")))
			.andExpect(model().attribute("form", hasProperty("items",
					hasItem(hasProperty("positions", contains("2", "3", "1"))))))
			.andExpect(content().string(containsString("<h2>Cells</h2>")));
	}

	@Test
	void addingABlockOrAnItemWorksWithoutJavaScriptAndHtmxGetsOnlyTheEditor() throws Exception {
		this.mvc
			.perform(EditorPosts.everyItemType("/teach/units/new", "Kept title", this.outcome.getCode())
				.with(asTeacher())
				.param("action", "addBlock:image"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("form", hasProperty("blocks",
					hasSize(5))))
			.andExpect(content().string(containsString("name=\"blocks[4].alt\"")))
			.andExpect(content().string(containsString("name=\"blocks[4].url\" type=\"url\" value=\"\" maxlength=\"2000\" autofocus=\"autofocus\"")))
			.andExpect(content().string(containsString("value=\"Kept title\"")))
			.andExpect(content().string(containsString("<html")));

		this.mvc
			.perform(EditorPosts.everyItemType("/teach/units/new", "Kept title", this.outcome.getCode())
				.with(asTeacher())
				.header("HX-Request", "true")
				.param("action", "addItem:ordering"))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div id=\"editor\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("name=\"items[5].entries[1]\"")))
			.andExpect(content().string(containsString("value=\"q6\"")));

		this.mvc
			.perform(EditorPosts.everyItemType("/teach/units/new", "Kept title", this.outcome.getCode())
				.with(asTeacher())
				.param("action", "moveItemUp:1"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("form", hasProperty("items",
					contains(hasProperty("key", is("q2")),
							hasProperty("key", is("q1")),
							hasProperty("key", is("q3")),
							hasProperty("key", is("q4")),
							hasProperty("key", is("q5"))))));
		assertThat(this.authoring.unitsOf(this.teacher, null)).as("nothing is saved by these buttons").isEmpty();
	}

	@Test
	void everyProblemIsShownAtItsFieldWithWhatWasTypedKeptAndNothingIsStored() throws Exception {
		MultiValueMap<String, String> fields = EditorPosts.fields("ab", this.outcome.getCode());
		fields.set("learningMinutes", "half an hour");
		fields.set("items[0].options[1]", "");
		fields.set("items[3].positions[1]", "2");
		fields.set("items[4].tolerance", "a little");
		fields.set("blocks[1].alt", "");
		fields.add("outcomes", "NO-SUCH-OUTCOME");
		String page = this.mvc
			.perform(post("/teach/units/new").with(asTeacher()).with(csrf()).params(fields).param("action", "save"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "title", "learningMinutes", "items[0].options[1]",
					"items[3].positions", "items[4].tolerance", "blocks[1].alt"))
			.andExpect(model().attributeHasFieldErrorCode("form", "learningMinutes", "authoring.problem.wholeNumber"))
			.andExpect(model().attributeHasFieldErrorCode("form", "items[3].positions", "authoring.problem.positions"))
			.andExpect(content().string(containsString("value=\"ab\"")))
			.andExpect(content().string(containsString("value=\"half an hour\"")))
			.andExpect(content().string(containsString("value=\"a little\"")))
			.andExpect(content().string(containsString("href=\"#f-items-3-positions\"")))
			.andExpect(content().string(containsString("Give each entry a different place")))
			.andExpect(model().attributeHasFieldErrorCode("form", "outcomes", "authoring.problem.unknownOutcome"))
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("href=\"#f-title\"")).as("the summary lists problems from the top of the page down")
			.isLessThan(page.indexOf("href=\"#f-outcomes\""));
		assertThat(page.indexOf("href=\"#f-outcomes\"")).isLessThan(page.indexOf("href=\"#f-blocks-1-alt\""));
		assertThat(page.indexOf("href=\"#f-blocks-1-alt\"")).isLessThan(page.indexOf("href=\"#f-items-0-options-1\""));
		assertThat(this.authoring.unitsOf(this.teacher, null)).isEmpty();
	}

	@Test
	void problemsAreExplainedInTheTeachersLanguage() throws Exception {
		MultiValueMap<String, String> fields = EditorPosts.fields("ab", this.outcome.getCode());
		fields.set("items[1].key", "q1");
		this.mvc
			.perform(post("/teach/units/new").param("lang", "fi")
				.with(asTeacher())
				.with(csrf())
				.params(fields)
				.param("action", "save"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "authoring.problem.unit.length"))
			.andExpect(content().string(containsString("Kirjoita 3–200 merkkiä.")))
			.andExpect(content().string(containsString("Toisella tehtävällä on jo tunniste q1")))
			.andExpect(content().string(containsString("Otsikko: Kirjoita 3–200 merkkiä.")));
		assertThat(this.authoring.unitsOf(this.teacher, null)).isEmpty();
	}

	@Test
	void savingOverAColleaguesNewerSaveIsNoticedAndDoneOnlyOnPurpose() throws Exception {
		AuthoredUnit draft = this.authoring.createDraft(TestUnits.document("Shared draft", this.outcome.getCode()),
				this.teacher);
		String edit = "/teach/units/" + draft.unitId() + "/edit";
		UnitForm opened = (UnitForm) this.mvc.perform(get(edit).with(asTeacher()))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("form");
		User colleague = this.testUsers.user(Role.TEACHER, this.teacher.getOrganisation());
		this.authoring.saveDraft(draft.unitId(), TestUnits.document("The colleague's title", this.outcome.getCode()),
				colleague);

		MultiValueMap<String, String> fields = EditorPosts.fields("My own title", this.outcome.getCode());
		fields.set("basedOn", opened.getBasedOn());
		this.mvc.perform(post(edit).with(asTeacher()).with(csrf()).params(fields).param("action", "save"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("A colleague saved this unit")))
			.andExpect(content().string(containsString("value=\"saveAnyway\"")))
			.andExpect(content().string(containsString("value=\"My own title\"")));
		assertThat(this.authoring.workingDocument(draft.unitId(), this.teacher).title()).isEqualTo("The colleague's title");

		this.mvc.perform(post(edit).with(asTeacher()).with(csrf()).params(fields).param("action", "saveAnyway"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.authoring.workingDocument(draft.unitId(), this.teacher).title()).isEqualTo("My own title");

		fields.set("basedOn", opened.getBasedOn());
		fields.set("title", "Saved again from the same stale page");
		this.mvc.perform(post(edit).with(asTeacher()).with(csrf()).params(fields).param("action", "save"))
			.andExpect(status().isOk());
		assertThat(this.authoring.workingDocument(draft.unitId(), this.teacher).title()).isEqualTo("My own title");
	}

	@Test
	void problemsOnlyTheServiceKnowsAreShownToo() throws Exception {
		this.mvc
			.perform(EditorPosts.everyItemType("/teach/units/new", "A fine title", "NO-SUCH-OUTCOME")
				.with(asTeacher())
				.param("action", "save"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "outcomes"))
			.andExpect(content().string(containsString("NO-SUCH-OUTCOME")));
		assertThat(this.authoring.unitsOf(this.teacher, null)).isEmpty();
	}

	@Test
	void thePreviewRendersMarkdownAndNeverLetsScriptsThrough() throws Exception {
		this.mvc
			.perform(post("/teach/units/preview").with(asTeacher())
				.with(csrf())
				.header("HX-Request", "true")
				.param("title", "Preview")
				.param("blocks[0].type", "text")
				.param("blocks[0].markdown", "## Safety first\n\n<script>alert('x')</script>\n\n[click](javascript:alert(1))")
				.param("blocks[1].type", "link")
				.param("blocks[1].url", "javascript:alert(2)")
				.param("blocks[1].caption", "Bad link"))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section id=\"preview\"")))
			.andExpect(content().string(containsString("<h2>Safety first</h2>")))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(not(containsString("javascript:"))));

		// Without JavaScript the Preview button posts the whole form and the page shows the same.
		this.mvc
			.perform(post("/teach/units/new").with(asTeacher())
				.with(csrf())
				.param("action", "preview")
				.param("blocks[0].type", "text")
				.param("blocks[0].markdown", "**bold** <script>alert('x')</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>bold</strong>")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void theOutcomeSearchFindsOutcomesNotYetChosen() throws Exception {
		LearningOutcome other = this.framework.outcome(5);
		this.mvc
			.perform(post("/teach/units/outcome-search").with(asTeacher())
				.with(csrf())
				.param("outcomeQuery", other.getCode().toLowerCase())
				.param("outcomes", this.outcome.getCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + other.getCode() + "\"")))
			.andExpect(content().string(not(containsString("value=\"" + this.outcome.getCode() + "\""))));
	}

	@Test
	void anotherProvidersTeacherAndLearnersAreRefused() throws Exception {
		AuthoredUnit draft = this.authoring.createDraft(TestUnits.document("Someone else's unit", this.outcome.getCode()),
				this.teacher);
		User stranger = this.testUsers.user(Role.TEACHER);
		RequestPostProcessor asStranger = user(stranger.getUsername()).roles("TEACHER");

		this.mvc.perform(get("/teach/units/" + draft.unitId() + "/edit").with(asStranger)).andExpect(status().isForbidden());
		this.mvc.perform(get("/teach/units/" + draft.unitId()).with(asStranger)).andExpect(status().isForbidden());
		this.mvc
			.perform(EditorPosts.everyItemType("/teach/units/" + draft.unitId() + "/edit", "Taken over",
					this.outcome.getCode())
				.with(asStranger)
				.param("action", "save"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/teach/units/" + draft.unitId() + "/publish").with(asStranger).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/teach/units/" + draft.unitId() + "/export").with(asStranger))
			.andExpect(status().isForbidden());
		assertThat(this.authoring.export(draft.unitId(), null, this.teacher).title()).isEqualTo("Someone else's unit");

		User learner = this.testUsers.user(Role.LEARNER);
		RequestPostProcessor asLearner = user(learner.getUsername()).roles("LEARNER");
		for (String page : List.of("/teach/units", "/teach/units/new", "/teach/reviews", "/teach/units/import",
				"/teach/units/" + draft.unitId())) {
			this.mvc.perform(get(page).with(asLearner)).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/teach/units")).andExpect(status().is3xxRedirection());
	}

	@Test
	void myUnitsListsTheProvidersUnitsByStatus() throws Exception {
		AuthoredUnit draft = this.authoring.createDraft(TestUnits.document("Draft unit", this.outcome.getCode()),
				this.teacher);
		AuthoredUnit published = this.authoring.createDraft(TestUnits.document("Published unit", this.outcome.getCode()),
				this.teacher);
		this.authoring.publish(published.unitId(), this.teacher);
		User colleague = this.testUsers.user(Role.TEACHER, this.teacher.getOrganisation());

		this.mvc.perform(get("/teach/units").with(user(colleague.getUsername()).roles("TEACHER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draft unit")))
			.andExpect(content().string(containsString("Published unit")));
		this.mvc.perform(get("/teach/units").param("status", "PUBLISHED").with(asTeacher()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Published unit")))
			.andExpect(content().string(not(containsString("Draft unit"))));
		this.mvc.perform(get("/teach/units").param("status", "DRAFT").param("lang", "fi").with(asTeacher()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draft unit")))
			.andExpect(content().string(containsString("Omat jaksot")))
			.andExpect(content().string(not(containsString("Published unit"))));
		assertThat(draft.number()).isEqualTo(1);
	}

	private RequestPostProcessor asTeacher() {
		return user(this.teacher.getUsername()).roles("TEACHER");
	}

}
