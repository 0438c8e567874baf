package org.cellpath.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A translated bundle says the same things in English, Swedish and Finnish: the same keys, the
 * same placeholders, and apostrophes that MessageFormat leaves alone.
 */
class MessageBundleTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "admin", "staff", "demand", "region" })
	void swedishAndFinnishHaveTheKeysAndPlaceholdersOfEnglish(String bundle) throws IOException {
		Properties english = load(bundle + ".properties");
		assertThat(english).isNotEmpty();
		for (String language : List.of("sv", "fi")) {
			Properties translated = load(bundle + "_" + language + ".properties");
			assertThat(translated.stringPropertyNames()).as(bundle + "_" + language + " keys")
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			for (String key : english.stringPropertyNames()) {
				assertThat(placeholders(translated.getProperty(key))).as(bundle + "_" + language + " " + key)
					.isEqualTo(placeholders(english.getProperty(key)));
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "admin", "staff", "demand", "region" })
	void messagesWithPlaceholdersDoubleTheirApostrophes(String bundle) throws IOException {
		List<String> problems = new ArrayList<>();
		for (String file : List.of(bundle, bundle + "_sv", bundle + "_fi")) {
			Properties messages = load(file + ".properties");
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				if (!placeholders(message).isEmpty() && LONE_APOSTROPHE.matcher(message).find()) {
					problems.add(file + " " + key + ": " + message);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher placeholder = PLACEHOLDER.matcher(message);
		while (placeholder.find()) {
			found.add(placeholder.group(1));
		}
		return found;
	}

	private static Properties load(String file) throws IOException {
		return TemplateTextTests.load(new ClassPathResource("i18n/" + file));
	}

}
