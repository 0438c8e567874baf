package org.cellpath.platform.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The main navigation shows each user the entries of their roles and marks where they are. */
@SpringBootTest
@AutoConfigureMockMvc
class NavigationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void someoneSignedOutSeesOnlyThePublicEntries() throws Exception {
		assertThat(navigation(page("/outcomes", null))).containsExactly("/outcomes", "/occupations");
	}

	@Test
	void aLearnerSeesTheLearnerEntriesInOrderAndTheCurrentOneIsMarked() throws Exception {
		Document page = page("/outcomes", "LEARNER");
		assertThat(navigation(page)).containsExactly("/outcomes", "/occupations", "/me/learning", "/me/shares",
				"/me/prior-learning");
		assertThat(page.select("header nav a[aria-current=page]").eachAttr("href")).containsExactly("/outcomes");
	}

	@Test
	void aTeacherSeesAssessmentAndSkillsButNoLearnerEntries() throws Exception {
		assertThat(navigation(page("/outcomes", "TEACHER"))).containsExactly("/outcomes", "/occupations",
				"/assess/claims", "/assess/work-based", "/skills");
	}

	private Document page(String path, String role) throws Exception {
		var request = get(path);
		if (role != null) {
			request.with(user("navigation-" + role.toLowerCase()).roles(role));
		}
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private static List<String> navigation(Document page) {
		return page.select("header nav a").eachAttr("href");
	}

}
