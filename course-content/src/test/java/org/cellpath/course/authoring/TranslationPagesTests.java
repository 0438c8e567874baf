package org.cellpath.course.authoring;

import org.cellpath.course.TestUnits;
import org.cellpath.course.exchange.UnitDocument;
import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.course.unit.UnitAuthoring;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A teacher translates a unit side by side with the original. */
@SpringBootTest
@AutoConfigureMockMvc
class TranslationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework framework;

	@Autowired
	UnitAuthoring authoring;

	User teacher;

	long unitId;

	@BeforeEach
	void setUp() {
		this.teacher = this.testUsers.user(Role.TEACHER);
		AuthoredUnit draft = this.authoring.createDraft(
				TestUnits.document("Lithium-ion cells", this.framework.outcome(4).getCode()), this.teacher);
		this.unitId = draft.unitId();
	}

	@Test
	void theFinnishTranslationIsWrittenBesideTheOriginalAndSavedInTheDraft() throws Exception {
		this.mvc.perform(get("/teach/units/" + this.unitId + "/translations/fi").with(asTeacher()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Which electrode is negative while discharging?")))
			.andExpect(content().string(containsString("name=\"items[2].right[2]\"")));

		this.mvc.perform(post("/teach/units/" + this.unitId + "/translations/fi").with(asTeacher()).with(csrf())
				.param("title", "Litiumioniakut: näin ne toimivat")
				.param("summary", "Miten litiumionikennot varastoivat ja luovuttavat energiaa.")
				.param("translateContent", "true")
				.param("blocks[0].type", "text")
				.param("blocks[0].markdown", "## Kennot\nKennossa on anodi ja katodi.")
				.param("blocks[1].type", "image")
				.param("blocks[1].alt", "Avattu pussikenno")
				.param("blocks[2].type", "link")
				.param("blocks[2].caption", "Lisälukemista")
				.param("blocks[3].type", "attachment")
				.param("blocks[3].caption", "Tarkistuslista")
				.param("items[0].key", "q1")
				.param("items[0].prompt", "Mikä elektrodi on negatiivinen purettaessa?")
				.param("items[0].options[0]", "Katodi")
				.param("items[0].options[1]", "Anodi")
				.param("items[0].options[2]", "Erotin")
				.param("items[1].key", "q2")
				.param("items[2].key", "q3")
				.param("items[3].key", "q4")
				.param("items[4].key", "q5"))
			.andExpect(redirectedUrl("/teach/units/" + this.unitId + "/translations/fi"));

		UnitDocument.Translation finnish = this.authoring.workingDocument(this.unitId, this.teacher).translation("fi");
		assertThat(finnish.title()).isEqualTo("Litiumioniakut: näin ne toimivat");
		assertThat(finnish.items().get("q1").options()).containsExactly("Katodi", "Anodi", "Erotin");
		assertThat(finnish.content()).hasSize(4);
		assertThat(this.authoring.workingDocument(this.unitId, this.teacher).translation("sv")).as("kept").isNotNull();

		this.mvc.perform(get("/teach/units/" + this.unitId + "/translations").with(asTeacher()))
			.andExpect(content().string(containsString("/translations/fi")))
			.andExpect(content().string(containsString("/translations/sv")));
	}

	@Test
	void aTranslationWithTooFewOptionsIsShownWithItsProblemAndNotSaved() throws Exception {
		this.mvc.perform(post("/teach/units/" + this.unitId + "/translations/fi").with(asTeacher()).with(csrf())
				.param("title", "Litiumioniakut")
				.param("summary", "Miten litiumionikennot toimivat.")
				.param("items[0].key", "q1")
				.param("items[0].options[0]", "Katodi"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("value=\"Litiumioniakut\"")));
		assertThat(this.authoring.workingDocument(this.unitId, this.teacher).translation("fi")).isNull();
	}

	@Test
	void theUnitsOwnLanguageHasNoTranslationPage() throws Exception {
		this.mvc.perform(get("/teach/units/" + this.unitId + "/translations/en").with(asTeacher()))
			.andExpect(status().isNotFound());
	}

	private RequestPostProcessor asTeacher() {
		return user(this.teacher.getUsername()).roles("TEACHER");
	}

}
