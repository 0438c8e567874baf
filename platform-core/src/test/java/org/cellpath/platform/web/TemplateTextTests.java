package org.cellpath.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates hold no words of their own: every text a person reads comes from the message bundles,
 * so that every page can be translated.
 */
class TemplateTextTests {

	/** Attributes a person reads or hears; they must come from the bundles through th: versions. */
	private static final List<String> READABLE_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt",
			"label", "value");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Resource template : templates()) {
			Document page = parse(template);
			for (Element element : page.getAllElements()) {
				if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.tagName().equals("script")
						|| element.tagName().equals("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (!text.isBlank()) {
						problems.add(template.getFilename() + ": <" + element.tagName() + "> says '" + text.text().trim()
								+ "'");
					}
				}
				for (String attribute : READABLE_ATTRIBUTES) {
					String value = element.attr(attribute);
					boolean machineValue = attribute.equals("value")
							&& (element.tagName().equals("option") || element.attr("type").equals("hidden"));
					if (!value.isBlank() && !machineValue) {
						problems.add(template.getFilename() + ": <" + element.tagName() + " " + attribute + "=\"" + value
								+ "\"> is literal; use th:" + attribute);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageKeyOfTheTemplatesIsInTheEnglishBundles() throws IOException {
		Set<String> keys = new HashSet<>();
		for (Resource bundle : this.resources.getResources("classpath*:i18n/*.properties")) {
			if (!bundle.getFilename().matches(".*_[a-z]{2}\\.properties")) {
				keys.addAll(load(bundle).stringPropertyNames());
			}
		}
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			String source = template.getContentAsString(StandardCharsets.UTF_8);
			Matcher key = MESSAGE_KEY.matcher(source);
			while (key.find()) {
				if (!keys.contains(key.group(1))) {
					missing.add(template.getFilename() + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private Resource[] templates() throws IOException {
		Resource[] templates = this.resources.getResources("classpath*:templates/**/*.html");
		assertThat(templates).isNotEmpty();
		return templates;
	}

	private static Document parse(Resource template) throws IOException {
		try (InputStream in = template.getInputStream()) {
			return Jsoup.parse(in, StandardCharsets.UTF_8.name(), "");
		}
	}

	static Properties load(Resource bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader in = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
