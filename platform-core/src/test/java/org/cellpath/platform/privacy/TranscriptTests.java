package org.cellpath.platform.privacy;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.learning.Evidence;
import org.cellpath.platform.learning.EvidenceType;
import org.cellpath.platform.learning.LearningAccount;
import org.cellpath.platform.privacy.PrivacyFixtures.Planted;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The learner's PDF transcript: a valid PDF with every attained outcome, headed in their language. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PrivacyTestConfiguration.class)
class TranscriptTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PrivacyFixtures fixtures;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework framework;

	@Autowired
	LearningAccount learningAccount;

	@Test
	void theTranscriptIsAValidPdfWithEveryAttainedOutcomeAndItsEvidence() throws Exception {
		Planted planted = this.fixtures.learner();
		byte[] pdf = transcript(planted.learner(), "en");
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		List<String> pages = pages(pdf);
		String text = String.join("\n", pages);
		assertThat(text).contains("Learning transcript", planted.displayName(), planted.first().getCode(),
				planted.second().getCode(), "Carries out a test procedure safely", "Sector-specific skills",
				"Work-based assessment", "Placement check", "Page 1 of " + pages.size());
		assertThat(text).doesNotContain(planted.assessedForOther().getCode());
	}

	@Test
	void theHeadingsAreInTheLearnersLanguage() throws Exception {
		Planted planted = this.fixtures.learner();
		String finnish = String.join("\n", pages(transcript(planted.learner(), "fi")));
		assertThat(finnish).contains("Opintosuoritusote", "Toimialakohtaiset taidot", "Työpaikalla arvioitu",
				"Sivu 1 / 1", planted.first().getCode());
		String swedish = String.join("\n", pages(transcript(planted.learner(), "sv")));
		assertThat(swedish).contains("Studieintyg", "Branschspecifika färdigheter", "Sida 1 av 1");
	}

	@Test
	void aLongTranscriptNumbersEveryPageAndGroupsOutcomesByCategory() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 45; i++) {
			LearningOutcome outcome = this.framework.outcome(1 + i % 8);
			codes.add(outcome.getCode());
			this.learningAccount.credit(learner.getId(), outcome.getId(),
					new Evidence(EvidenceType.UNIT_ASSESSMENT, "unit:" + i + ":v1:attempt:1", "Unit " + i, null));
		}
		List<String> pages = pages(transcript(learner, "en"));
		assertThat(pages).hasSizeGreaterThan(1);
		for (int page = 1; page <= pages.size(); page++) {
			assertThat(pages.get(page - 1)).contains("Page " + page + " of " + pages.size());
		}
		assertThat(String.join("\n", pages)).contains(codes);
	}

	@Test
	void aLearnerWithNothingAttainedGetsATranscriptThatSaysSo() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		assertThat(String.join("\n", pages(transcript(learner, "en")))).contains("No learning outcomes attained yet.",
				"Page 1 of 1");
	}

	private byte[] transcript(User learner, String language) throws Exception {
		return this.mvc
			.perform(get("/api/v1/me/transcript.pdf").with(user(learner.getUsername()).roles("LEARNER"))
				.header("Accept-Language", language))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"cellpath-transcript-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static List<String> pages(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(extractor.getTextFromPage(page));
			}
			return pages;
		}
		finally {
			reader.close();
		}
	}

}
