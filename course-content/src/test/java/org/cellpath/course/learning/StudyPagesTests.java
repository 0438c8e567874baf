package org.cellpath.course.learning;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.cellpath.course.TestUnits;
import org.cellpath.course.TestUnits.Published;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.learning.Attainment;
import org.cellpath.platform.learning.Attainments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A learner takes a unit: the content part by part with the position remembered, the assessment
 * without the answers in the page, and a result that credits the outcomes on a pass only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StudyPagesTests {

	/** Every answer of {@link TestUnits#document} right, as the assessment form sends it. */
	private static final String[] RIGHT = { "answer.q1", "1", "answer.q2", "0", "answer.q2", "2", "answer.q3.0", "1",
			"answer.q3.1", "2", "answer.q4.0", "3", "answer.q4.1", "1", "answer.q4.2", "2", "answer.q5", "3,65" };

	/** Every answer wrong. */
	private static final String[] WRONG = { "answer.q1", "0", "answer.q2", "1", "answer.q3.0", "0", "answer.q3.1", "0",
			"answer.q4.0", "1", "answer.q4.1", "2", "answer.q4.2", "3", "answer.q5", "12" };

	/** Feedback and answer texts of the test unit that must not reach a learner before submitting. */
	private static final List<String> SECRETS = List.of("Right: the anode.", "It is the anode.", "Rätt: anoden.",
			"Det är anoden.", "3.7", "tolerance", "\"answer\"", "checked", "selected=\"selected\">Coating");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestUnits testUnits;

	@Autowired
	Attainments attainments;

	@Autowired
	UnitAuthoring authoring;

	private User teacher;

	private Published unit;

	private User learner;

	private RequestPostProcessor signedIn;

	@BeforeEach
	void aPublishedUnitAndALearner() {
		this.teacher = this.testUsers.user(Role.TEACHER);
		this.unit = this.testUnits.published(this.teacher);
		this.learner = this.testUsers.user(Role.LEARNER);
		this.signedIn = user(this.learner.getUsername()).roles("LEARNER");
	}

	@Test
	void theContentComesOnePartAtATimeWithAProgressBar() throws Exception {
		this.mvc.perform(get(units("/learn")).with(this.signedIn)).andExpect(redirectedUrl(units("/learn/1")));

		Document first = page(get(units("/learn/1")));
		assertThat(first.select("progress").attr("value")).isEqualTo("1");
		assertThat(first.select("progress").attr("max")).isEqualTo("4");
		assertThat(first.select("label[for=progress]").text()).isEqualTo("Part 1 of 4");
		assertThat(first.select("article.block h2").text()).isEqualTo("Cells");
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo(units("/learn/2"));

		assertThat(page(get(units("/learn/2"))).select("article.block img").attr("alt"))
			.isEqualTo("A cut-open pouch cell");
		assertThat(page(get(units("/learn/3"))).select("article.block a[href=https://example.org/more]").text())
			.contains("Further reading");
		Document last = page(get(units("/learn/4")));
		assertThat(last.select("article.block a[download]").text()).isEqualTo("Download checklist.txt");
		String file = last.select("article.block a[download]").attr("href");
		assertThat(this.mvc.perform(get(file).with(this.signedIn)).andReturn().getResponse().getContentAsString())
			.isEqualTo("Check the cell.");
		assertThat(last.select("a[rel=next]")).isEmpty();
		assertThat(last.select("nav.steps a.button").attr("href")).isEqualTo(units("/assessment"));

		this.mvc.perform(get(units("/learn/9")).with(this.signedIn)).andExpect(redirectedUrl(units("/learn/4")));
	}

	@Test
	void aLearnerWhoComesBackContinuesWhereTheyLeftOff() throws Exception {
		page(get(units("/learn/1")));
		page(get(units("/learn/3")));
		this.mvc.perform(get(units("/learn")).with(this.signedIn))
			.andExpect(redirectedUrl(units("/learn/3?resumed=true")));
		assertThat(page(get(units("/learn/3?resumed=true"))).select("[role=status]").text())
			.contains("continue where you left off");
	}

	@Test
	void theContentAndTheAssessmentCarryNoAnswersAndNoFeedback() throws Exception {
		for (String path : List.of("/learn/1", "/learn/2", "/learn/3", "/learn/4", "/assessment")) {
			for (String language : List.of("en", "sv", "fi")) {
				String html = this.mvc.perform(get(units(path)).param("lang", language).with(this.signedIn))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(html).as("%s in %s", path, language).doesNotContain(SECRETS);
			}
		}
	}

	@Test
	void theAssessmentFormAsksEveryItemTypeAccessibly() throws Exception {
		Document form = page(get(units("/assessment")));
		assertThat(form.select("form.assessment fieldset legend")).hasSize(5);
		assertThat(form.select("input[type=radio][name=answer.q1]")).hasSize(3);
		assertThat(form.select("input[type=checkbox][name=answer.q2]")).hasSize(4);
		assertThat(form.select("select[name^=answer.q3.]")).hasSize(2);
		assertThat(form.select("select[name=answer.q4.0] option[value]").eachAttr("value")).containsExactly("", "1", "2",
				"3");
		assertThat(form.select("input[name=answer.q5]").attr("inputmode")).isEqualTo("decimal");
		assertThat(form.select("#unit-q5").text()).isEqualTo("V");
		for (var control : form.select("form.assessment input:not([type=hidden]), form.assessment select")) {
			assertThat(form.select("label[for=" + control.id() + "]")).as("label of %s", control.attr("name")).hasSize(1);
		}
		assertThat(form.select("form.assessment input[name=_csrf]")).hasSize(1);
	}

	@Test
	void aPassCreditsTheOutcomesAndTheResultShowsThem() throws Exception {
		Document result = submit(RIGHT);
		assertThat(result.select("#verdict").text()).isEqualTo("Passed");
		assertThat(result.select(".score").text()).isEqualTo("You scored 100%. The pass mark is 80%.");
		assertThat(result.select(".attained a[href=/outcomes/" + this.unit.outcome().getCode() + "]")).hasSize(1);
		assertThat(result.select(".attained a[href=/me/learning]")).hasSize(1);
		assertThat(result.select("ol.feedback li")).hasSize(5);
		assertThat(result.select("ol.feedback li").first().text()).contains("Right", "Right: the anode.");
		assertThat(this.attainments.findByLearnerIdOrderByAttainedAtDesc(this.learner.getId()))
			.extracting((Attainment a) -> a.getOutcome().getCode())
			.containsExactly(this.unit.outcome().getCode());
		Document unitPage = page(get(units("")));
		assertThat(unitPage.select(".take [role=status]").text()).isEqualTo("You have passed this unit.");
		assertThat(unitPage.select(".history tbody tr")).hasSize(1);
		assertThat(unitPage.select(".history a").text()).isEqualTo("Passed");
		assertThat(unitPage.select(".history a").attr("href")).startsWith(units("/attempts/"));
		assertThat(unitPage.select(".history td").eachText()).contains("100%");
	}

	@Test
	void theResultCanBeOpenedAgainButOnlyByItsLearner() throws Exception {
		MvcResult submitted = this.mvc
			.perform(post(units("/attempts")).params(form(RIGHT)).with(this.signedIn).with(csrf()))
			.andReturn();
		String result = submitted.getResponse().getRedirectedUrl();
		assertThat(page(get(result)).select("#verdict").text()).isEqualTo("Passed");
		assertThat(page(get(result).param("lang", "fi")).select("#verdict").text()).isEqualTo("Hyväksytty");
		assertThat(page(get(result).param("lang", "sv")).select("ol.feedback li").first().text()).contains("Rätt",
				"Vilken elektrod", "Rätt: anoden.");
		User someoneElse = this.testUsers.user(Role.LEARNER);
		this.mvc.perform(get(result).with(user(someoneElse.getUsername()).roles("LEARNER")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(units("/attempts/999999999")).with(this.signedIn)).andExpect(status().isNotFound());
	}

	@Test
	void aFailCreditsNothingAndSaysWhatIsLeft() throws Exception {
		Document result = submit(WRONG);
		assertThat(result.select("#verdict").text()).isEqualTo("Not passed yet");
		assertThat(result.select(".attained")).isEmpty();
		assertThat(result.select("ol.feedback li").first().text()).contains("Not right", "It is the anode.");
		assertThat(result.text()).contains("You have 2 attempts left.");
		assertThat(result.select("a.button[href=" + units("/assessment") + "]").text()).isEqualTo("Try again");
		assertThat(this.attainments.findByLearnerIdOrderByAttainedAtDesc(this.learner.getId())).isEmpty();
	}

	@Test
	void partlyRightAnswersAreShownAsSuch() throws Exception {
		Document result = submit("answer.q2", "0");
		assertThat(result.select("ol.feedback li").get(1).text()).contains("Partly right (50%)");
	}

	@Test
	void whenNoAttemptIsLeftTheAssessmentRefusesPolitely() throws Exception {
		submit(WRONG);
		submit(WRONG);
		Document last = submit(WRONG);
		assertThat(last.text()).contains("You have no attempts left.");
		assertThat(last.select("a.button[href=" + units("/assessment") + "]")).isEmpty();

		Document closed = page(get(units("/assessment")));
		assertThat(closed.select("form.assessment")).isEmpty();
		assertThat(closed.select("[role=status]").text()).contains("You have used all 3 attempts");

		String refused = this.mvc.perform(post(units("/attempts")).params(form(RIGHT)).with(this.signedIn).with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(refused).select("[role=status]").text()).contains("You have used all 3 attempts");
		assertThat(this.attainments.findByLearnerIdOrderByAttainedAtDesc(this.learner.getId())).isEmpty();
	}

	@Test
	void aNumberThatIsNotOneComesBackWithWhatWasTypedAndUsesNoAttempt() throws Exception {
		String[] typo = RIGHT.clone();
		typo[17] = "three point seven";
		String html = this.mvc.perform(post(units("/attempts")).params(form(typo)).with(this.signedIn).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("form .error[role=alert]").text()).contains("no attempt was used");
		assertThat(page.select("#item-q5 .field-error").text()).isEqualTo("Enter a number, e.g. 3.7.");
		assertThat(page.select("input[name=answer.q5]").val()).isEqualTo("three point seven");
		assertThat(page.select("input[name=answer.q1][checked]").val()).isEqualTo("1");
		assertThat(page.select("select[name=answer.q3.1] option[selected]").val()).isEqualTo("2");
		assertThat(page.text()).contains("You have 3 attempts left.");
	}

	@Test
	void answersToAVersionThatWasReplacedMeanwhileAreNotScored() throws Exception {
		Document form = page(get(units("/assessment")));
		assertThat(form.select("form.assessment input[name=version]").val()).isEqualTo("1");
		this.authoring.saveDraft(this.unit.unitId(), TestUnits.document("Cells, revised", this.unit.outcome().getCode()),
				this.teacher);
		this.authoring.publish(this.unit.unitId(), this.teacher);

		String[] answers = java.util.Arrays.copyOf(RIGHT, RIGHT.length + 2);
		answers[RIGHT.length] = "version";
		answers[RIGHT.length + 1] = "1";
		String html = this.mvc.perform(post(units("/attempts")).params(form(answers)).with(this.signedIn).with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document again = Jsoup.parse(html);
		assertThat(again.select("[role=alert]").text()).contains("was updated since you opened the assessment");
		assertThat(again.select("form.assessment input[name=version]").val()).isEqualTo("2");
		assertThat(again.select("h1").text()).contains("Cells, revised");
		assertThat(this.attainments.findByLearnerIdOrderByAttainedAtDesc(this.learner.getId())).isEmpty();
		assertThat(again.text()).as("no attempt was used").contains("You have 3 attempts left.");
	}

	@Test
	void aSwedishLearnerTakesTheUnitInSwedish() throws Exception {
		assertThat(page(get(units("/learn/1")).param("lang", "sv")).select("h1").text())
			.isEqualTo("Litiumjonceller: så fungerar de");
		Document form = page(get(units("/assessment")).param("lang", "sv"));
		assertThat(form.select("#item-q1 .prompt").text()).isEqualTo("Vilken elektrod är negativ vid urladdning?");
		assertThat(form.select("label[for=i-q1-1]").text()).isEqualTo("Anod");
		assertThat(form.select("#item-q1").attr("lang")).isEqualTo("sv");
		assertThat(form.select("form.assessment button[type=submit]").text()).isEqualTo("Skicka mina svar");
	}

	@Test
	void takingAUnitIsForLearners() throws Exception {
		this.mvc.perform(get(units("/learn/1"))).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(units("/assessment"))).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(units("/learn/1")).with(user("t").roles("TEACHER"))).andExpect(status().isForbidden());
		this.mvc.perform(post(units("/attempts")).params(form(RIGHT)).with(user("t").roles("TEACHER")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(units("/attempts")).params(form(RIGHT)).with(this.signedIn))
			.andExpect(status().isForbidden());
		assertThat(this.attainments.findByLearnerIdOrderByAttainedAtDesc(this.learner.getId()))
			.as("nothing credited without a CSRF token").isEmpty();
	}

	/** Submits the form and follows the redirect to the result page. */
	private Document submit(String... answers) throws Exception {
		MvcResult submitted = this.mvc
			.perform(post(units("/attempts")).params(form(answers)).with(this.signedIn).with(csrf()))
			.andExpect(redirectedUrlPattern(units("/attempts/*")))
			.andReturn();
		return page(get(submitted.getResponse().getRedirectedUrl()));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request.with(this.signedIn))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("??");
		return Jsoup.parse(html);
	}

	private String units(String path) {
		return "/units/" + this.unit.unitId() + path;
	}

	private static org.springframework.util.MultiValueMap<String, String> form(String... namesAndValues) {
		var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

}
