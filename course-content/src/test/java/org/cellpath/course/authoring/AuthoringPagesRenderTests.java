package org.cellpath.course.authoring;

import java.util.List;

import org.cellpath.course.TestUnits;
import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every authoring page renders in English, Swedish and Finnish: no message key left unresolved,
 * one main heading, and every form field has a label.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthoringPagesRenderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework framework;

	@Autowired
	UnitAuthoring authoring;

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "sv", "fi" })
	void everyPageRendersInTheLanguageAskedFor(String language) throws Exception {
		User author = this.testUsers.user(Role.TEACHER);
		User colleague = this.testUsers.user(Role.TEACHER, author.getOrganisation());
		User admin = this.testUsers.user(Role.PROVIDER_ADMIN, author.getOrganisation());
		AuthoredUnit unit = this.authoring.createDraft(
				TestUnits.document("Rendering", this.framework.outcome(4).getCode()), author);
		this.authoring.submitForReview(unit.unitId(), author);
		String id = String.valueOf(unit.unitId());

		for (String path : List.of("/teach/units", "/teach/units?status=IN_REVIEW", "/teach/units/new",
				"/teach/units/" + id, "/teach/units/" + id + "/edit", "/teach/units/" + id + "/translations",
				"/teach/units/" + id + "/translations/sv", "/teach/units/" + id + "/translations/fi",
				"/teach/units/import", "/teach/reviews")) {
			check(render(path, colleague, "TEACHER", language), path, language);
		}
		check(render("/provider/review-policy", admin, "PROVIDER_ADMIN", language), "/provider/review-policy", language);
	}

	private Document render(String path, User who, String role, String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(path + (path.contains("?") ? "&" : "?") + "lang=" + language).with(user(who.getUsername()).roles(role)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static void check(Document page, String path, String language) {
		assertThat(page.html()).as("unresolved message keys on %s", path).doesNotContain("??");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("h1")).as("one main heading on %s", path).hasSize(1);
		for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
			if (field.hasAttr("tabindex") && "-1".equals(field.attr("tabindex"))) {
				continue;
			}
			boolean labelled = (field.hasAttr("id") && !page.select("label[for=" + field.id() + "]").isEmpty())
					|| field.closest("label") != null || field.hasAttr("aria-label");
			assertThat(labelled).as("a label for %s on %s", field.attr("name"), path).isTrue();
		}
		List<String> ids = page.select("[id]").eachAttr("id");
		assertThat(ids).as("ids on %s are unique", path).doesNotHaveDuplicates();
	}

}
