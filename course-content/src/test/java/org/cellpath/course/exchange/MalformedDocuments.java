package org.cellpath.course.exchange;

import java.util.List;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates ways to break a valid unit document (see {@code TestUnits.document}), each with the
 * JSON pointer where the validator must report it. Mutations that touch what another depends on
 * share an area, and a combination never holds two overlapping areas, so that every expected
 * problem is still there when several are combined.
 */
final class MalformedDocuments {

	private static final List<String> REQUIRED = List.of("format", "title", "language", "summary", "learningMinutes",
			"eqfLevel", "outcomes", "content", "assessment");

	private MalformedDocuments() {
	}

	/**
	 * One way to break a document.
	 *
	 * @param area what it touches, as a path; mutations whose areas overlap are not combined
	 * @param description what it does, for a failing example
	 * @param apply the change
	 * @param pointer where the problem must be reported
	 */
	record Mutation(String area, String description, Consumer<ObjectNode> apply, String pointer) {

		boolean overlaps(Mutation other) {
			return this.area.equals(other.area) || this.area.startsWith(other.area + "/")
					|| other.area.startsWith(this.area + "/");
		}

		@Override
		public String toString() {
			return this.description;
		}

	}

	/** One to four mutations that do not overlap. */
	static Arbitrary<List<Mutation>> combinations(boolean withReferences) {
		return mutation(withReferences).list().ofMinSize(1).ofMaxSize(4).filter(MalformedDocuments::disjoint);
	}

	static boolean disjoint(List<Mutation> mutations) {
		for (int i = 0; i < mutations.size(); i++) {
			for (int j = i + 1; j < mutations.size(); j++) {
				if (mutations.get(i).overlaps(mutations.get(j))) {
					return false;
				}
			}
		}
		return true;
	}

	static Arbitrary<Mutation> mutation(boolean withReferences) {
		List<Arbitrary<Mutation>> all = new java.util.ArrayList<>(List.of(dropRequired(), wrongType(), outOfRange(),
				badAnswerIndex(), duplicateKey(), badBlock(), unknownField(), translationMismatch(), ownLanguage()));
		if (withReferences) {
			all.add(unknownOutcome());
		}
		return Arbitraries.oneOf(all);
	}

	private static Arbitrary<Mutation> dropRequired() {
		return Arbitraries.of(REQUIRED)
			.map((field) -> new Mutation(field, "drop " + field, (doc) -> doc.remove(field), "/" + field));
	}

	private static Arbitrary<Mutation> wrongType() {
		return Arbitraries.oneOf(
				Arbitraries.integers().map((n) -> new Mutation("title", "title " + n, (doc) -> doc.put("title", n), "/title")),
				Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
					.map((s) -> new Mutation("eqfLevel", "eqfLevel \"" + s + "\"", (doc) -> doc.put("eqfLevel", s), "/eqfLevel")),
				Arbitraries.of(true, false)
					.map((b) -> new Mutation("learningMinutes", "learningMinutes " + b, (doc) -> doc.put("learningMinutes", b),
							"/learningMinutes")),
				Arbitraries.just(new Mutation("outcomes", "outcomes as a string", (doc) -> doc.put("outcomes", "BAT-1"),
						"/outcomes")),
				Arbitraries.just(new Mutation("content", "content as an object", (doc) -> doc.putObject("content"),
						"/content")),
				Arbitraries.just(new Mutation("summary", "summary as an array", (doc) -> doc.putArray("summary").add("x"),
						"/summary")),
				Arbitraries.doubles().between(0.1, 10).map((d) -> new Mutation("assessment/passScore",
						"passScore \"" + d + "\"", (doc) -> assessment(doc).put("passScore", String.valueOf(d)),
						"/assessment/passScore")));
	}

	private static Arbitrary<Mutation> outOfRange() {
		return Arbitraries.oneOf(
				Arbitraries.oneOf(Arbitraries.integers().between(-50, 0), Arbitraries.integers().between(9, 100))
					.map((n) -> new Mutation("eqfLevel", "eqfLevel " + n, (doc) -> doc.put("eqfLevel", n), "/eqfLevel")),
				Arbitraries.oneOf(Arbitraries.integers().between(-10, 0), Arbitraries.integers().between(601, 5000))
					.map((n) -> new Mutation("learningMinutes", "learningMinutes " + n,
							(doc) -> doc.put("learningMinutes", n), "/learningMinutes")),
				Arbitraries.oneOf(Arbitraries.doubles().between(-5, 0), Arbitraries.doubles().between(1.01, 5))
					.map((d) -> new Mutation("assessment/passScore", "passScore " + d,
							(doc) -> assessment(doc).put("passScore", d), "/assessment/passScore")),
				Arbitraries.oneOf(Arbitraries.integers().between(-5, 0), Arbitraries.integers().between(101, 1000))
					.map((n) -> new Mutation("assessment/maxAttempts", "maxAttempts " + n,
							(doc) -> assessment(doc).put("maxAttempts", n), "/assessment/maxAttempts")),
				Arbitraries.oneOf(Arbitraries.strings().alpha().ofMaxLength(2), Arbitraries.strings().alpha().ofMinLength(201).ofMaxLength(260))
					.map((s) -> new Mutation("title", "title of " + s.length() + " characters", (doc) -> doc.put("title", s),
							"/title")),
				Arbitraries.strings().withCharRange('A', 'Z').ofLength(2)
					.map((s) -> new Mutation("language", "language " + s, (doc) -> doc.put("language", s), "/language")));
	}

	private static Arbitrary<Mutation> badAnswerIndex() {
		return Arbitraries.oneOf(
				Arbitraries.oneOf(Arbitraries.integers().between(3, 1000), Arbitraries.integers().between(-1000, -1))
					.map((n) -> new Mutation("assessment/items/0", "single-choice answer " + n,
							(doc) -> item(doc, 0).put("answer", n), "/assessment/items/0/answer")),
				Arbitraries.integers().between(4, 50)
					.map((n) -> new Mutation("assessment/items/1", "multiple-choice answer [0, " + n + "]",
							(doc) -> item(doc, 1).putArray("answer").add(0).add(n), "/assessment/items/1/answer/1")),
				Arbitraries.integers().between(3, 50)
					.map((n) -> new Mutation("assessment/items/2", "matching answer {0: " + n + "}",
							(doc) -> item(doc, 2).putObject("answer").put("0", n).put("1", 2),
							"/assessment/items/2/answer/0")),
				Arbitraries.integers().between(0, 2)
					.map((n) -> new Mutation("assessment/items/3", "ordering answer [" + n + ", " + n + ", ...]",
							(doc) -> item(doc, 3).putArray("answer").add(n).add(n).add((n + 1) % 3),
							"/assessment/items/3/answer/1")));
	}

	private static Arbitrary<Mutation> duplicateKey() {
		return Arbitraries.integers().between(1, 4)
			.map((j) -> new Mutation("assessment/items/" + j, "item " + j + " with key q1",
					(doc) -> item(doc, j).put("key", "q1"), "/assessment/items/" + j + "/key"));
	}

	private static Arbitrary<Mutation> badBlock() {
		return Arbitraries.oneOf(
				Arbitraries.just(new Mutation("content", "image without alt",
						(doc) -> ((ObjectNode) doc.path("content").get(1)).remove("alt"), "/content/1/alt")),
				Arbitraries.of("ftp://example.org/x", "javascript:alert(1)", "example.org", "")
					.map((url) -> new Mutation("content", "link to " + url,
							(doc) -> ((ObjectNode) doc.path("content").get(2)).put("url", url), "/content/2/url")),
				Arbitraries.of("sound", "TEXT", "html")
					.map((type) -> new Mutation("content", "block of type " + type,
							(doc) -> ((ObjectNode) doc.path("content").get(0)).put("type", type), "/content/0/type")),
				Arbitraries.just(new Mutation("content", "attachment that is not base64",
						(doc) -> ((ObjectNode) doc.path("content").get(3)).put("data", "***"), "/content/3/data")));
	}

	private static Arbitrary<Mutation> unknownField() {
		return Arbitraries.of("colour", "Title", "answers", "owner")
			.map((name) -> new Mutation("unknown/" + name, "unknown field " + name, (doc) -> doc.put(name, "x"),
					"/" + name));
	}

	private static Arbitrary<Mutation> translationMismatch() {
		return Arbitraries.integers().between(1, 5)
			.filter((n) -> n != 3)
			.map((n) -> new Mutation("assessment/items/0", "Swedish q1 with " + n + " options", (doc) -> {
				var options = ((ObjectNode) doc.path("translations").path("sv").path("items").path("q1")).putArray("options");
				for (int i = 0; i < n; i++) {
					options.add("val " + i);
				}
			}, "/translations/sv/items/q1/options"));
	}

	private static Arbitrary<Mutation> ownLanguage() {
		return Arbitraries.just(new Mutation("language", "a translation into the unit's own language",
				(doc) -> ((ObjectNode) doc.path("translations")).putObject("en")
					.put("title", "Same language")
					.put("summary", "Translating into the own language is wrong."),
				"/translations/en"));
	}

	private static Arbitrary<Mutation> unknownOutcome() {
		return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(3).ofMaxLength(10)
			.map((code) -> new Mutation("outcomes", "unknown outcome NOPE-" + code,
					(doc) -> doc.putArray("outcomes").add("NOPE-" + code), "/outcomes/0"));
	}

	private static ObjectNode assessment(ObjectNode doc) {
		return (ObjectNode) doc.path("assessment");
	}

	private static ObjectNode item(ObjectNode doc, int index) {
		return (ObjectNode) doc.path("assessment").path("items").get(index);
	}

}
