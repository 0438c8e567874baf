package org.cellpath.course.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown from authors becomes HTML that cannot run anything in a learner's browser. */
class SafeMarkdownTests {

	private final SafeMarkdown markdown = new SafeMarkdown();

	@Test
	void headingsListsEmphasisAndTablesRender() {
		String html = this.markdown.render("## Safety\n\n- *Wear* **gloves**\n\n| Cell | V |\n|---|---|\n| NMC | 3.7 |\n");
		assertThat(html).contains("<h2>Safety</h2>", "<em>Wear</em>", "<strong>gloves</strong>", "<table>", "<td>NMC</td>");
	}

	@Test
	void rawHtmlIsShownAsTextNotRun() {
		String html = this.markdown.render("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n<iframe src=\"https://evil\"></iframe>");
		assertThat(html).doesNotContain("<script", "<img", "<iframe", "onerror=alert(2)>");
		assertThat(html).contains("&lt;script&gt;");
	}

	@Test
	void linksGetNofollowNoopenerAndScriptLinksLoseTheirTarget() {
		String html = this.markdown.render("[more](https://example.org/more) and [bad](javascript:alert(1))");
		assertThat(html).contains("<a href=\"https://example.org/more\" rel=\"nofollow noopener\">more</a>");
		assertThat(html).doesNotContain("javascript:");
	}

	@Test
	void nothingRendersToNothing() {
		assertThat(this.markdown.render(null)).isEmpty();
		assertThat(this.markdown.render("  ")).isEmpty();
	}

}
