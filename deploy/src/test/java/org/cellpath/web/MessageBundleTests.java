package org.cellpath.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cellpath.platform.framework.BloomLevel;
import org.cellpath.platform.framework.OutcomeType;
import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.learning.EvidenceType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a page shows comes from the message bundles, and every bundle speaks English,
 * Swedish and Finnish with the same keys.
 */
class MessageBundleTests {

	private static final List<String> LANGUAGES = List.of("sv", "fi");

	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"sec:authentication");

	private static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label", "value");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@Test
	void templatesHoldNoTextOutsideTheMessageBundles() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Resource template : templates()) {
			Document page = Jsoup.parse(read(template), "", Parser.htmlParser());
			for (Element element : page.getAllElements()) {
				if (replacesItsContent(element) || ancestorReplacesContent(element)
						|| Set.of("script", "style").contains(element.tagName())) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (text.text().codePoints().anyMatch(Character::isLetter)) {
						problems.add(name(template) + ": text \"" + text.text().trim() + "\" in <" + element.tagName() + ">");
					}
				}
				for (String attribute : TEXT_ATTRIBUTES) {
					if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute)
							&& !(attribute.equals("value") && !element.tagName().equals("button")
									&& !"submit".equals(element.attr("type")))
							&& element.attr(attribute).codePoints().anyMatch(Character::isLetter)) {
						problems.add(name(template) + ": attribute " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		}
		assertThat(problems).as("text in templates that is not in the message bundles").isEmpty();
	}

	@Test
	void everyMessageKeyATemplateUsesExists() throws IOException {
		Set<String> known = englishKeys();
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			Matcher keys = KEY.matcher(read(template));
			while (keys.find()) {
				if (!known.contains(keys.group(1))) {
					missing.add(name(template) + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
	}

	@Test
	void everyNameThePagesLookUpByEnumValueExists() throws IOException {
		Set<String> known = englishKeys();
		List<String> wanted = new ArrayList<>();
		for (Role role : Role.values()) {
			wanted.add(role.messageKey());
			wanted.add(role.messageKey() + ".does");
		}
		for (OutcomeType type : OutcomeType.values()) {
			wanted.add("outcomeType." + type);
		}
		for (BloomLevel level : BloomLevel.values()) {
			wanted.add("bloom." + level);
		}
		for (SkillCategory category : SkillCategory.values()) {
			wanted.add("category." + category);
		}
		for (EvidenceType type : EvidenceType.values()) {
			wanted.add("evidence." + type);
		}
		assertThat(known).containsAll(wanted);
	}

	@Test
	void everyBundleHasSwedishAndFinnishWithTheSameKeysAndPlaceholders() throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, Properties> english = bundles("");
		assertThat(english).isNotEmpty();
		for (String language : LANGUAGES) {
			Map<String, Properties> translated = bundles("_" + language);
			for (var bundle : english.entrySet()) {
				Properties translation = translated.get(bundle.getKey());
				if (translation == null) {
					problems.add(bundle.getKey() + ": no " + language + " translation");
					continue;
				}
				Set<String> expected = new TreeSet<>(bundle.getValue().stringPropertyNames());
				Set<String> actual = new TreeSet<>(translation.stringPropertyNames());
				for (String key : expected) {
					if (!actual.contains(key)) {
						problems.add(bundle.getKey() + "_" + language + ": missing " + key);
					}
					else if (!placeholders(bundle.getValue().getProperty(key))
						.equals(placeholders(translation.getProperty(key)))) {
						problems.add(bundle.getKey() + "_" + language + ": placeholders differ in " + key);
					}
					else if (translation.getProperty(key).isBlank()) {
						problems.add(bundle.getKey() + "_" + language + ": empty " + key);
					}
				}
				actual.stream()
					.filter((key) -> !expected.contains(key))
					.forEach((key) -> problems.add(bundle.getKey() + "_" + language + ": extra " + key));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void messagesWithPlaceholdersDoubleTheirApostrophes() throws IOException {
		// MessageFormat swallows a lone apostrophe, and the placeholders after it with it.
		Pattern lone = Pattern.compile("(?<!')'(?!')");
		List<String> problems = new ArrayList<>();
		for (String suffix : List.of("", "_sv", "_fi")) {
			for (var bundle : bundles(suffix).entrySet()) {
				for (String key : bundle.getValue().stringPropertyNames()) {
					String message = bundle.getValue().getProperty(key);
					if (!placeholders(message).isEmpty() && lone.matcher(message).find()) {
						problems.add(bundle.getKey() + suffix + " " + key + ": " + message);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private boolean replacesItsContent(Element element) {
		return element.attributes().asList().stream().anyMatch((attribute) -> REPLACING.contains(attribute.getKey()));
	}

	private boolean ancestorReplacesContent(Element element) {
		for (Element parent : element.parents()) {
			if (replacesItsContent(parent)) {
				return true;
			}
		}
		return false;
	}

	private Set<String> englishKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		bundles("").values().forEach((bundle) -> keys.addAll(bundle.stringPropertyNames()));
		return keys;
	}

	private Map<String, Properties> bundles(String suffix) throws IOException {
		Map<String, Properties> bundles = new TreeMap<>();
		for (Resource resource : this.resources.getResources("classpath*:i18n/*.properties")) {
			String file = resource.getFilename();
			String base = file.substring(0, file.length() - ".properties".length());
			boolean translated = base.matches(".*_[a-z]{2}");
			if (suffix.isEmpty() ? !translated : base.endsWith(suffix)) {
				Properties properties = new Properties();
				try (InputStream in = resource.getInputStream()) {
					properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
				bundles.put(suffix.isEmpty() ? base : base.substring(0, base.length() - suffix.length()), properties);
			}
		}
		return bundles;
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private Resource[] templates() throws IOException {
		Resource[] templates = this.resources.getResources("classpath*:templates/**/*.html");
		assertThat(templates).isNotEmpty();
		return templates;
	}

	private static String name(Resource template) {
		try {
			String url = template.getURL().toString();
			return url.substring(url.indexOf("templates/"));
		}
		catch (IOException ex) {
			return String.valueOf(template.getFilename());
		}
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
