package org.cellpath.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo unit files on their own, without a backend: there are enough of them, each is JSON
 * that names only outcomes and providers of the demo framework, has at least three items whose
 * answers point at existing options, and translates with as many entries as the original.
 */
class DemoUnitFilesTests {

	private static final Path UNITS = Path.of("src/main/resources/demo/units");

	private static final Path FRAMEWORK = Path.of("src/main/resources/demo/framework.json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> ITEM_TYPES = Set.of("single-choice", "multiple-choice", "matching", "ordering",
			"numeric");

	private static Set<String> outcomeCodes;

	private static Map<String, String> organisationTypes;

	@BeforeAll
	static void readTheFramework() throws IOException {
		JsonNode framework = JSON.readTree(FRAMEWORK.toFile());
		outcomeCodes = new HashSet<>();
		framework.get("outcomes").forEach((outcome) -> outcomeCodes.add(outcome.get("code").stringValue()));
		organisationTypes = new HashMap<>();
		framework.get("organisations")
			.forEach((organisation) -> organisationTypes.put(organisation.get("slug").stringValue(),
					organisation.get("type").stringValue()));
	}

	@Test
	void thereAreAtLeastThirtyUnitFiles() throws IOException {
		assertThat(files()).hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void theUnitsUseEveryItemTypeAndSeveralHaveSwedishAndFinnishTranslations() throws IOException {
		Set<String> types = new HashSet<>();
		int translatedToBoth = 0;
		Set<String> languages = new HashSet<>();
		for (Path file : files()) {
			JsonNode unit = JSON.readTree(file.toFile());
			unit.get("assessment").get("items").forEach((item) -> types.add(item.get("type").stringValue()));
			languages.add(unit.get("language").stringValue());
			JsonNode translations = unit.path("translations");
			if (translations.has("sv") && translations.has("fi")) {
				translatedToBoth++;
			}
		}
		assertThat(types).isEqualTo(ITEM_TYPES);
		assertThat(translatedToBoth).isGreaterThanOrEqualTo(6);
		assertThat(languages).contains("en", "sv", "fi");
	}

	@TestFactory
	Stream<DynamicTest> eachUnitFileIsAValidDemoUnit() throws IOException {
		return files().stream()
			.map((file) -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
	}

	private static void check(Path file) throws IOException {
		JsonNode unit = JSON.readTree(file.toFile());
		assertThat(unit.isObject()).as("a JSON object").isTrue();
		assertThat(unit.path("format").stringValue()).isEqualTo("cellpath-unit/1");
		assertThat(unit.path("title").stringValue()).hasSizeBetween(3, 200);
		assertThat(unit.path("summary").stringValue()).hasSizeBetween(10, 2000);
		assertThat(unit.path("content").size()).as("content blocks").isPositive();

		assertThat(organisationTypes.get(unit.path("provider").stringValue())).as("provider")
			.isEqualTo("PROVIDER");
		unit.path("coProviders")
			.forEach((slug) -> assertThat(organisationTypes.get(slug.stringValue())).as("co-provider " + slug)
				.isEqualTo("PROVIDER"));

		Set<String> outcomes = new HashSet<>();
		unit.get("outcomes").forEach((code) -> outcomes.add(code.stringValue()));
		assertThat(outcomes).isNotEmpty();
		assertThat(outcomeCodes).as("outcome codes of the framework").containsAll(outcomes);

		JsonNode items = unit.path("assessment").path("items");
		assertThat(items.size()).as("items").isGreaterThanOrEqualTo(3);
		List<String> keys = new ArrayList<>();
		for (JsonNode item : items) {
			String key = item.path("key").stringValue();
			keys.add(key);
			assertThat(item.path("type").stringValue()).as(key).isIn(ITEM_TYPES);
			item.path("outcomes")
				.forEach((code) -> assertThat(outcomes).as(key + " tests an outcome of the unit")
					.contains(code.stringValue()));
			answerIsInRange(key, item);
		}
		assertThat(keys).as("item keys").doesNotHaveDuplicates();

		JsonNode translations = unit.path("translations");
		for (String language : translations.propertyNames()) {
			assertThat(language).isNotEqualTo(unit.path("language").stringValue());
			JsonNode translation = translations.get(language);
			assertThat(translation.path("title").stringValue()).as(language + " title").hasSizeBetween(3, 200);
			assertThat(translation.path("summary").stringValue()).as(language + " summary")
				.hasSizeBetween(10, 2000);
			if (translation.has("content")) {
				assertThat(translation.get("content").size()).as(language + " content blocks")
					.isEqualTo(unit.get("content").size());
			}
			JsonNode translatedItems = translation.path("items");
			assertThat(translatedItems.size()).as(language + " items").isEqualTo(items.size());
			for (JsonNode item : items) {
				String key = item.path("key").stringValue();
				JsonNode translated = translatedItems.path(key);
				assertThat(translated.isObject()).as(language + " translates " + key).isTrue();
				for (String list : List.of("options", "left", "right", "items")) {
					if (item.has(list)) {
						assertThat(translated.path(list).size()).as(language + " " + key + " " + list)
							.isEqualTo(item.get(list).size());
					}
				}
			}
		}
	}

	private static void answerIsInRange(String key, JsonNode item) {
		JsonNode answer = item.path("answer");
		switch (item.path("type").stringValue()) {
			case "single-choice" -> assertThat(answer.intValue()).as(key).isBetween(0, item.get("options").size() - 1);
			case "multiple-choice" -> {
				assertThat(answer.size()).as(key).isPositive();
				answer.forEach((index) -> assertThat(index.intValue()).as(key)
					.isBetween(0, item.get("options").size() - 1));
			}
			case "matching" -> {
				int left = item.get("left").size();
				int right = item.get("right").size();
				assertThat(answer.size()).as(key + " matches every left entry").isEqualTo(left);
				for (String index : answer.propertyNames()) {
					assertThat(Integer.parseInt(index)).as(key).isBetween(0, left - 1);
					assertThat(answer.get(index).intValue()).as(key).isBetween(0, right - 1);
				}
			}
			case "ordering" -> {
				List<Integer> order = new ArrayList<>();
				answer.forEach((index) -> order.add(index.intValue()));
				List<Integer> expected = new ArrayList<>();
				for (int i = 0; i < item.get("items").size(); i++) {
					expected.add(i);
				}
				assertThat(order).as(key + " is a permutation of the items").containsExactlyInAnyOrderElementsOf(expected);
			}
			default -> assertThat(answer.isNumber()).as(key + " has a numeric answer").isTrue();
		}
	}

	private static List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(UNITS)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".json")).sorted().toList();
		}
	}

}
