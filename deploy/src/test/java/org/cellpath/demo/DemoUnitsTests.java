package org.cellpath.demo;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cellpath.course.attempt.AttemptResult;
import org.cellpath.course.attempt.UnitAttempts;
import org.cellpath.course.exchange.UnitDocument;
import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.unit.UnitVersion;
import org.cellpath.course.unit.UnitVersions;
import org.cellpath.course.unit.Units;
import org.cellpath.course.unit.VersionStatus;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Organisations;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The demo units are loaded at start-up through the real import and publishing path, loading them
 * again adds nothing, an invalid file stops the loading with every problem named, and every unit
 * can be passed with the answers its own file gives.
 */
@SpringBootTest
class DemoUnitsTests {

	@Autowired
	DemoUnits demoUnits;

	@Autowired
	UnitVersions versions;

	@Autowired
	Units units;

	@Autowired
	Users users;

	@Autowired
	Organisations organisations;

	@Autowired
	UnitAttempts attempts;

	@Autowired
	TestUsers testUsers;

	@Test
	@Transactional(readOnly = true)
	void everyDemoFileIsAPublishedFirstVersionOfItsProviderWithAtLeastThreeItems() {
		Map<String, JsonNode> files = this.demoUnits.documents();
		assertThat(files).hasSizeGreaterThanOrEqualTo(30);
		files.forEach((name, file) -> {
			UnitVersion version = published(file);
			assertThat(version.getNumber()).as(name).isEqualTo(1);
			assertThat(version.getDocument().assessment().items()).as(name).hasSizeGreaterThanOrEqualTo(3);
			assertThat(version.getOutcomes()).as(name).isNotEmpty();
		});
	}

	@Test
	@Transactional(readOnly = true)
	void severalDemoUnitsHaveSwedishAndFinnishTranslationsAndSomeAreWrittenInThem() {
		List<UnitDocument> documents = this.demoUnits.documents()
			.values()
			.stream()
			.map((file) -> published(file).getDocument())
			.toList();
		List<UnitDocument> translated = documents.stream()
			.filter((document) -> document.translations().keySet().containsAll(Set.of("sv", "fi")))
			.toList();
		assertThat(translated).hasSizeGreaterThanOrEqualTo(6);
		translated.forEach((document) -> {
			assertThat(document.translation("sv").title()).isNotEqualTo(document.title());
			assertThat(document.translation("fi").title()).isNotEqualTo(document.title());
			assertThat(document.translation("sv").items()).hasSameSizeAs(document.assessment().items());
			assertThat(document.translation("fi").items()).hasSameSizeAs(document.assessment().items());
		});
		assertThat(documents).extracting(UnitDocument::language).contains("en", "sv", "fi");
	}

	@Test
	@Transactional(readOnly = true)
	void theDemoUnitsSpreadOverProvidersInAllFourRegions() {
		Set<String> regions = new java.util.HashSet<>();
		this.demoUnits.documents()
			.values()
			.forEach((file) -> regions.add(published(file).getUnit().getProvider().getRegion().getCode()));
		assertThat(regions).contains("SE-AC", "FI-14", "FI-07", "FI-17");
	}

	@Test
	void loadingTheDemoUnitsAgainAddsNothing() {
		long units = this.units.count();
		long versions = this.versions.count();
		long users = this.users.count();
		this.demoUnits.load();
		this.demoUnits.load();
		assertThat(this.units.count()).isEqualTo(units);
		assertThat(this.versions.count()).isEqualTo(versions);
		assertThat(this.users.count()).isEqualTo(users);
	}

	@Test
	void anInvalidFileStopsTheLoadingWithTheFileNameAndPointerOfEveryProblemAndStoresNothing() {
		long units = this.units.count();
		ObjectNode broken = (ObjectNode) this.demoUnits.documents().values().iterator().next().deepCopy();
		broken.put("title", "A broken demo unit " + TestUsers.unique("t"));
		broken.putArray("outcomes").add("NO-SUCH-OUTCOME");
		((ObjectNode) broken.path("assessment").path("items").get(0)).put("answer", 99);
		ObjectNode fine = (ObjectNode) this.demoUnits.documents().values().iterator().next().deepCopy();
		fine.put("title", "A fine demo unit " + TestUsers.unique("t"));
		Map<String, JsonNode> documents = new LinkedHashMap<>();
		documents.put("fine.json", fine);
		documents.put("broken.json", broken);
		documents.put("unreadable-provider.json", UnitFormat.parse("""
				{"format": "cellpath-unit/1", "title": "Nobody's unit", "language": "en",
				 "summary": "A unit of a provider that does not exist.", "learningMinutes": 10, "eqfLevel": 3,
				 "provider": "no-such-provider", "outcomes": ["BAT-BAS-301"],
				 "content": [{"type": "text", "markdown": "Text."}],
				 "assessment": {"passScore": 1, "items": [{"key": "q1", "type": "numeric", "prompt": "Two?", "answer": 2}]}}
				""".getBytes(StandardCharsets.UTF_8)));

		assertThatIllegalStateException().isThrownBy(() -> this.demoUnits.load(documents))
			.withMessageContaining("broken.json#/outcomes/0")
			.withMessageContaining("broken.json#/assessment/items/0/answer")
			.withMessageContaining("unreadable-provider.json#/provider")
			.withMessageNotContaining("fine.json");
		assertThat(this.units.count()).isEqualTo(units);
	}

	@Test
	@Transactional
	void everyDemoUnitCanBePassedWithTheAnswersOfItsOwnFile() {
		User learner = this.testUsers.user(Role.LEARNER);
		this.demoUnits.documents().forEach((name, file) -> {
			ObjectNode answers = UnitFormat.mapper().createObjectNode();
			file.path("assessment").path("items").forEach((item) -> answers.set(item.path("key").asString(), item.path("answer")));
			long unitId = published(file).getUnit().getId();
			AttemptResult result = this.attempts.submit(unitId, answers, learner, file.path("language").asString());
			assertThat(result.items()).as(name).allSatisfy((item) -> assertThat(item.correct()).as(name + " " + item.key()).isTrue());
			assertThat(result.score()).as(name).isEqualTo(1.0);
			assertThat(result.passed()).as(name).isTrue();
			assertThat(result.attainedOutcomes()).as(name).hasSize(file.path("outcomes").size());
		});
	}

	/** The one published version of the demo file's unit. */
	private UnitVersion published(JsonNode file) {
		String provider = file.path("provider").asString();
		String title = file.path("title").asString();
		List<UnitVersion> found = this.organisations.findBySlug(provider)
			.map((owner) -> this.versions.findOwnedBy(owner.getId(), Set.of(VersionStatus.PUBLISHED)))
			.orElse(List.of())
			.stream()
			.filter((version) -> version.getUnit().getProvider().getSlug().equals(provider))
			.filter((version) -> version.getTitle().equals(title))
			.toList();
		assertThat(found).as(title + " by " + provider).hasSize(1);
		return found.get(0);
	}

}
