package org.cellpath.web;

import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page of every role renders on the demo data in English, Swedish and Finnish: no server
 * error, no message key left unresolved, the page in the language asked for, one main heading.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageRenderingTests {

	private static final List<String> LANGUAGES = List.of("en", "sv", "fi");

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> pages() {
		List<Arguments> pages = List.of(
				Arguments.of(null, "/"),
				Arguments.of(null, "/login"),
				Arguments.of(null, "/outcomes"),
				Arguments.of(null, "/outcomes?eqf=4&type=SKILL"),
				Arguments.of(null, "/outcomes/BAT-SAF-301"),
				Arguments.of(null, "/occupations"),
				Arguments.of("learner:LEARNER", "/profile"),
				Arguments.of("learner:LEARNER", "/me/learning"),
				Arguments.of("learner:LEARNER", "/me/data"),
				Arguments.of("teacher:TEACHER", "/outcomes/new"),
				Arguments.of("teacher:TEACHER", "/outcomes/BAT-SAF-301/edit"),
				Arguments.of("teacher:TEACHER", "/occupations/new"),
				Arguments.of("teacher:TEACHER", "/skills"),
				Arguments.of("provider:PROVIDER_ADMIN", "/provider/staff"),
				Arguments.of("employer:EMPLOYER", "/employer/demand"),
				Arguments.of("coordinator:REGION_COORDINATOR", "/region"),
				Arguments.of("admin:PLATFORM_ADMIN", "/admin/users"));
		return pages.stream()
			.flatMap((page) -> LANGUAGES.stream()
				.map((language) -> Arguments.of(page.get()[0], page.get()[1], language)));
	}

	@ParameterizedTest(name = "{1} as {0} in {2}")
	@MethodSource("pages")
	void rendersInEachLanguage(String who, String path, String language) throws Exception {
		MockHttpServletRequestBuilder request = get(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
		if (who != null) {
			String[] parts = who.split(":");
			request = request.with(user(parts[0]).roles(parts[1]));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("%s as %s", path, who).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.html()).as("unresolved message keys on %s", path).doesNotContain("??");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("h1")).as("one main heading on %s", path).hasSize(1);
		assertThat(page.select("h1").text()).isNotBlank();
	}

	@ParameterizedTest(name = "the occupation page lists its required outcomes ({0})")
	@MethodSource("languages")
	void anOccupationPageListsItsRequiredOutcomes(String language) throws Exception {
		Document list = Jsoup.parse(this.mvc.perform(get("/occupations?lang=" + language))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String href = list.select("main a[href^=/occupations/OCC-]").first().attr("href");
		Document occupation = Jsoup.parse(this.mvc.perform(get(href + "?lang=" + language))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(occupation.select("main a[href^=/outcomes/]")).hasSizeGreaterThanOrEqualTo(8);
		assertThat(occupation.html()).doesNotContain("??");
	}

	static Stream<Arguments> emptyForms() {
		return Stream.of(Arguments.of("admin:PLATFORM_ADMIN", "/admin/users"),
				Arguments.of("provider:PROVIDER_ADMIN", "/provider/staff"),
				Arguments.of("employer:EMPLOYER", "/employer/demand"),
				Arguments.of("teacher:TEACHER", "/outcomes"), Arguments.of("teacher:TEACHER", "/occupations"));
	}

	@ParameterizedTest(name = "an empty form posted to {1} is shown back with its problems")
	@MethodSource("emptyForms")
	void anEmptyFormIsShownBackWithItsProblems(String who, String path) throws Exception {
		String[] parts = who.split(":");
		MockHttpServletResponse response = this.mvc
			.perform(post(path + "?lang=sv")
				.with(user(parts[0]).roles(parts[1]))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("form .error[role=alert]").text()).contains("Ingenting sparades");
		assertThat(page.select(".field-error")).isNotEmpty();
		assertThat(page.html()).doesNotContain("??");
	}

	@ParameterizedTest(name = "an unsupported language ({0}) falls back to English")
	@ValueSource(strings = { "de", "zz_ZZ", "not a language!", "" })
	void anUnsupportedLanguageFallsBackToEnglish(String language) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/outcomes").param("lang", language))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(response.getContentAsString()).selectFirst("html").attr("lang")).isEqualTo("en");
	}

	static Stream<String> languages() {
		return LANGUAGES.stream();
	}

}
