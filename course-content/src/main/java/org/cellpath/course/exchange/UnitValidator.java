package org.cellpath.course.exchange;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.cellpath.platform.web.InvalidInputException.FieldProblem;

import static org.cellpath.course.exchange.DocumentProblems.at;

/**
 * Checks a unit document against the exchange format and reports every problem at once, each
 * with its JSON pointer (RFC 6901). It checks the shape and the values; whether the outcomes and
 * providers it names exist is for the caller, which knows the framework.
 */
public final class UnitValidator {

	/** Decoded attachments may be this large. */
	public static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

	static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	static final Pattern ITEM_KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{1,1990}");

	private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

	private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\:*?\"<>|\\p{Cntrl}]{1,200}");

	private static final Set<String> UNIT_FIELDS = Set.of("format", "title", "language", "summary", "learningMinutes",
			"eqfLevel", "licence", "deliveryMode", "credits", "provider", "coProviders", "outcomes", "content",
			"assessment", "translations");

	private static final Map<String, Set<String>> BLOCK_FIELDS = Map.of("text", Set.of("type", "markdown"), "image",
			Set.of("type", "url", "alt"), "video", Set.of("type", "url", "caption"), "link",
			Set.of("type", "url", "caption"), "attachment", Set.of("type", "fileName", "mediaType", "data", "caption"));

	private static final Set<String> COMMON_ITEM_FIELDS = Set.of("key", "type", "prompt", "answer", "outcomes",
			"feedback");

	private static final Map<String, Set<String>> ITEM_FIELDS = Map.of("single-choice", Set.of("options"),
			"multiple-choice", Set.of("options"), "matching", Set.of("left", "right"), "ordering", Set.of("items"),
			"numeric", Set.of("tolerance", "unit"));

	private static final List<String> ITEM_TYPES = List.of("single-choice", "multiple-choice", "matching", "ordering",
			"numeric");

	private UnitValidator() {
	}

	/** Every problem of the document; empty when it is a valid {@code cellpath-unit/1} unit. */
	public static List<FieldProblem> problems(JsonNode document) {
		return problems(document, "");
	}

	/**
	 * Every problem of the document, each pointer preceded by the prefix (e.g. a zip entry's name
	 * and {@code #}).
	 */
	public static List<FieldProblem> problems(JsonNode document, String prefix) {
		DocumentProblems problems = new DocumentProblems(prefix);
		if (!problems.object(document, "")) {
			return problems.list();
		}
		problems.onlyKnown(document, "", UNIT_FIELDS);
		JsonNode format = document.path("format");
		if (problems.text(format, "/format", 1, 40) && !UnitDocument.FORMAT.equals(format.stringValue())) {
			problems.add("/format", "format", "must be " + UnitDocument.FORMAT);
		}
		problems.text(document.path("title"), "/title", 3, 200);
		boolean languageFine = problems.matches(document.path("language"), "/language", LANGUAGE,
				"an ISO 639-1 language code in lower case, e.g. en");
		problems.text(document.path("summary"), "/summary", 10, 2000);
		problems.integer(document.path("learningMinutes"), "/learningMinutes", 1, 600);
		problems.integer(document.path("eqfLevel"), "/eqfLevel", 1, 8);
		if (present(document.path("licence"))) {
			problems.oneOf(document.path("licence"), "/licence", UnitDocument.LICENCES);
		}
		if (present(document.path("deliveryMode"))) {
			problems.oneOf(document.path("deliveryMode"), "/deliveryMode", UnitDocument.DELIVERY_MODES);
		}
		credits(document.path("credits"), problems);
		if (present(document.path("provider"))) {
			problems.text(document.path("provider"), "/provider", 1, 80);
		}
		if (present(document.path("coProviders"))) {
			uniqueTexts(document.path("coProviders"), "/coProviders", 0, 20, problems);
		}
		Set<String> outcomes = outcomes(document.path("outcomes"), problems);
		if (problems.array(document.path("content"), "/content", 1, 200)) {
			blocks(document.path("content"), "/content", problems);
		}
		Map<String, JsonNode> items = assessment(document.path("assessment"), outcomes, problems);
		translations(document.path("translations"), languageFine ? document.path("language").stringValue() : null,
				items, problems);
		return problems.list();
	}

	private static boolean present(JsonNode node) {
		return node != null && !node.isMissingNode() && !node.isNull();
	}

	private static void credits(JsonNode credits, DocumentProblems problems) {
		if (!present(credits) || !problems.object(credits, "/credits")) {
			return;
		}
		problems.onlyKnown(credits, "/credits", Set.of("system", "points"));
		problems.oneOf(credits.path("system"), "/credits/system", List.of("ECTS", "ECVET"));
		if (problems.number(credits.path("points"), "/credits/points")
				&& (credits.path("points").doubleValue() <= 0 || credits.path("points").doubleValue() > 300)) {
			problems.add("/credits/points", "range", "must be more than 0 and at most 300");
		}
	}

	private static Set<String> uniqueTexts(JsonNode array, String pointer, int min, int max,
			DocumentProblems problems) {
		Set<String> seen = new HashSet<>();
		if (!problems.array(array, pointer, min, max)) {
			return seen;
		}
		for (int i = 0; i < array.size(); i++) {
			JsonNode entry = array.get(i);
			if (problems.text(entry, at(pointer, i), 1, 80) && !seen.add(entry.stringValue())) {
				problems.add(at(pointer, i), "duplicate", "names " + entry.stringValue() + " twice");
			}
		}
		return seen;
	}

	/** Outcome codes (strings) or ids (whole numbers), each at most once; their spellings. */
	private static Set<String> outcomes(JsonNode outcomes, DocumentProblems problems) {
		Set<String> seen = new HashSet<>();
		if (!problems.array(outcomes, "/outcomes", 1, 50)) {
			return seen;
		}
		for (int i = 0; i < outcomes.size(); i++) {
			JsonNode entry = outcomes.get(i);
			String pointer = at("/outcomes", i);
			if (entry.isIntegralNumber() && entry.canConvertToLong() && entry.longValue() > 0) {
				if (!seen.add(entry.asString())) {
					problems.add(pointer, "duplicate", "names outcome " + entry.asString() + " twice");
				}
			}
			else if (entry.isString()) {
				if (problems.text(entry, pointer, 1, 40) && !seen.add(entry.stringValue())) {
					problems.add(pointer, "duplicate", "names outcome " + entry.stringValue() + " twice");
				}
			}
			else {
				problems.add(pointer, "type", "must be an outcome code or a positive outcome id");
			}
		}
		return seen;
	}

	private static void blocks(JsonNode content, String pointer, DocumentProblems problems) {
		for (int i = 0; i < content.size(); i++) {
			block(content.get(i), at(pointer, i), problems);
		}
	}

	private static void block(JsonNode block, String pointer, DocumentProblems problems) {
		if (!problems.object(block, pointer)
				|| !problems.oneOf(block.path("type"), pointer + "/type", List.copyOf(new java.util.TreeSet<>(BLOCK_FIELDS.keySet())))) {
			return;
		}
		String type = block.path("type").stringValue();
		problems.onlyKnown(block, pointer, BLOCK_FIELDS.get(type));
		switch (type) {
			case "text" -> problems.text(block.path("markdown"), pointer + "/markdown", 1, 100_000);
			case "image" -> {
				url(block.path("url"), pointer + "/url", problems);
				problems.text(block.path("alt"), pointer + "/alt", 1, 300);
			}
			case "video" -> {
				url(block.path("url"), pointer + "/url", problems);
				problems.optionalText(block.path("caption"), pointer + "/caption", 1, 300);
			}
			case "link" -> {
				url(block.path("url"), pointer + "/url", problems);
				problems.text(block.path("caption"), pointer + "/caption", 1, 300);
			}
			default -> attachment(block, pointer, problems);
		}
	}

	private static void url(JsonNode url, String pointer, DocumentProblems problems) {
		problems.matches(url, pointer, URL, "an http or https address of at most 2000 characters");
	}

	private static void attachment(JsonNode block, String pointer, DocumentProblems problems) {
		problems.matches(block.path("fileName"), pointer + "/fileName", FILE_NAME,
				"a file name of 1 to 200 characters without folders");
		problems.matches(block.path("mediaType"), pointer + "/mediaType", MEDIA_TYPE,
				"a media type such as application/pdf");
		problems.optionalText(block.path("caption"), pointer + "/caption", 1, 300);
		JsonNode data = block.path("data");
		if (!present(data)) {
			problems.add(pointer + "/data", "required", "is required");
		}
		else if (!data.isString()) {
			problems.add(pointer + "/data", "type", "must be a base64 string");
		}
		else if (data.stringValue().length() > (MAX_ATTACHMENT_BYTES / 3 + 1) * 4 + MAX_ATTACHMENT_BYTES / 38) {
			problems.add(pointer + "/data", "size", "must be at most 5 MiB decoded");
		}
		else {
			try {
				byte[] bytes = Base64.getMimeDecoder().decode(data.stringValue());
				if (bytes.length == 0) {
					problems.add(pointer + "/data", "required", "must not be empty");
				}
				else if (bytes.length > MAX_ATTACHMENT_BYTES) {
					problems.add(pointer + "/data", "size", "must be at most 5 MiB decoded");
				}
			}
			catch (IllegalArgumentException notBase64) {
				problems.add(pointer + "/data", "base64", "must be base64");
			}
		}
	}

	/**
	 * Checks the assessment; answers the items by key for the translations: the well-formed ones,
	 * and null for those with problems.
	 */
	private static Map<String, JsonNode> assessment(JsonNode assessment, Set<String> unitOutcomes,
			DocumentProblems problems) {
		Map<String, JsonNode> items = new java.util.HashMap<>();
		if (!problems.object(assessment, "/assessment")) {
			return items;
		}
		problems.onlyKnown(assessment, "/assessment", Set.of("passScore", "maxAttempts", "items"));
		JsonNode passScore = assessment.path("passScore");
		if (problems.number(passScore, "/assessment/passScore")
				&& (passScore.doubleValue() <= 0 || passScore.doubleValue() > 1)) {
			problems.add("/assessment/passScore", "range", "must be more than 0 and at most 1");
		}
		if (present(assessment.path("maxAttempts"))) {
			problems.integer(assessment.path("maxAttempts"), "/assessment/maxAttempts", 1, 100);
		}
		JsonNode list = assessment.path("items");
		if (!problems.array(list, "/assessment/items", 1, 100)) {
			return items;
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			String pointer = at("/assessment/items", i);
			JsonNode item = list.get(i);
			if (!problems.object(item, pointer)) {
				continue;
			}
			JsonNode key = item.path("key");
			boolean keyFine = problems.matches(key, pointer + "/key", ITEM_KEY,
					"1 to 40 letters, digits, _ or -");
			if (keyFine && !keys.add(key.stringValue())) {
				problems.add(pointer + "/key", "duplicate", "the key " + key.stringValue() + " is used by another item");
				keyFine = false;
			}
			boolean itemFine = item(item, pointer, unitOutcomes, problems);
			// An item with problems is still known by its key, so that translations of it are not
			// reported as translating nothing; they are checked once the item is fine.
			if (keyFine) {
				items.put(key.stringValue(), itemFine ? item : null);
			}
		}
		return items;
	}

	private static boolean item(JsonNode item, String pointer, Set<String> unitOutcomes, DocumentProblems problems) {
		int before = problems.list().size();
		problems.text(item.path("prompt"), pointer + "/prompt", 1, 2000);
		if (present(item.path("outcomes")) && problems.array(item.path("outcomes"), pointer + "/outcomes", 1, 50)) {
			JsonNode outcomes = item.path("outcomes");
			for (int i = 0; i < outcomes.size(); i++) {
				JsonNode outcome = outcomes.get(i);
				if ((!outcome.isString() && !outcome.isIntegralNumber()) || !unitOutcomes.contains(outcome.asString())) {
					problems.add(at(pointer + "/outcomes", i), "outcome",
							"must be one of the unit's outcomes, spelled as in /outcomes");
				}
			}
		}
		feedback(item.path("feedback"), pointer + "/feedback", problems);
		if (!problems.oneOf(item.path("type"), pointer + "/type", ITEM_TYPES)) {
			return false;
		}
		String type = item.path("type").stringValue();
		Set<String> known = new HashSet<>(COMMON_ITEM_FIELDS);
		known.addAll(ITEM_FIELDS.get(type));
		problems.onlyKnown(item, pointer, known);
		JsonNode answer = item.path("answer");
		String answerAt = pointer + "/answer";
		switch (type) {
			case "single-choice" -> {
				if (problems.texts(item.path("options"), pointer + "/options", 2, 20, 1, 500)) {
					index(answer, answerAt, item.path("options").size(), "an option", problems);
				}
			}
			case "multiple-choice" -> {
				if (problems.texts(item.path("options"), pointer + "/options", 2, 20, 1, 500)) {
					indexes(answer, answerAt, item.path("options").size(), 1, "an option", problems);
				}
			}
			case "matching" -> {
				boolean left = problems.texts(item.path("left"), pointer + "/left", 1, 20, 1, 500);
				boolean right = problems.texts(item.path("right"), pointer + "/right", 1, 20, 1, 500);
				if (left && right) {
					matching(answer, answerAt, item.path("left").size(), item.path("right").size(), problems);
				}
			}
			case "ordering" -> {
				if (problems.texts(item.path("items"), pointer + "/items", 2, 20, 1, 500)) {
					permutation(answer, answerAt, item.path("items").size(), problems);
				}
			}
			default -> {
				problems.number(answer, answerAt);
				if (present(item.path("tolerance")) && problems.number(item.path("tolerance"), pointer + "/tolerance")
						&& item.path("tolerance").doubleValue() < 0) {
					problems.add(pointer + "/tolerance", "range", "must be 0 or more");
				}
				problems.optionalText(item.path("unit"), pointer + "/unit", 1, 20);
			}
		}
		return problems.list().size() == before;
	}

	private static void feedback(JsonNode feedback, String pointer, DocumentProblems problems) {
		if (!present(feedback) || !problems.object(feedback, pointer)) {
			return;
		}
		problems.onlyKnown(feedback, pointer, Set.of("correct", "incorrect"));
		problems.optionalText(feedback.path("correct"), pointer + "/correct", 1, 2000);
		problems.optionalText(feedback.path("incorrect"), pointer + "/incorrect", 1, 2000);
	}

	private static boolean index(JsonNode answer, String pointer, int size, String what, DocumentProblems problems) {
		if (!present(answer)) {
			problems.add(pointer, "required", "is required");
			return false;
		}
		if (!answer.isIntegralNumber() || !answer.canConvertToInt() || answer.intValue() < 0
				|| answer.intValue() >= size) {
			problems.add(pointer, "index", "must name " + what + " between 0 and " + (size - 1));
			return false;
		}
		return true;
	}

	private static void indexes(JsonNode answer, String pointer, int size, int min, String what,
			DocumentProblems problems) {
		if (!problems.array(answer, pointer, min, size)) {
			return;
		}
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < answer.size(); i++) {
			if (index(answer.get(i), at(pointer, i), size, what, problems) && !seen.add(answer.get(i).intValue())) {
				problems.add(at(pointer, i), "duplicate", "names " + what.replace("an ", "") + " twice");
			}
		}
	}

	private static void permutation(JsonNode answer, String pointer, int size, DocumentProblems problems) {
		if (!problems.array(answer, pointer, size, size)) {
			return;
		}
		indexes(answer, pointer, size, size, "an item", problems);
	}

	private static void matching(JsonNode answer, String pointer, int left, int right, DocumentProblems problems) {
		if (!present(answer)) {
			problems.add(pointer, "required", "is required");
			return;
		}
		if (!answer.isObject()) {
			problems.add(pointer, "type", "must be an object mapping each left index to a right index");
			return;
		}
		for (String name : answer.propertyNames()) {
			if (!name.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(name) >= left) {
				problems.add(at(pointer, name), "index", "must name a left entry between 0 and " + (left - 1));
			}
			else {
				index(answer.get(name), at(pointer, name), right, "a right entry", problems);
			}
		}
		for (int i = 0; i < left; i++) {
			if (!answer.has(String.valueOf(i))) {
				problems.add(at(pointer, String.valueOf(i)), "required", "must match left entry " + i);
			}
		}
	}

	private static void translations(JsonNode translations, String language, Map<String, JsonNode> items,
			DocumentProblems problems) {
		if (!present(translations) || !problems.object(translations, "/translations")) {
			return;
		}
		for (String lang : translations.propertyNames()) {
			String pointer = at("/translations", lang);
			if (!LANGUAGE.matcher(lang).matches()) {
				problems.add(pointer, "language", "must be keyed by an ISO 639-1 language code in lower case");
				continue;
			}
			if (lang.equals(language)) {
				problems.add(pointer, "language", "must not translate the unit into its own language");
				continue;
			}
			JsonNode translation = translations.get(lang);
			if (!problems.object(translation, pointer)) {
				continue;
			}
			problems.onlyKnown(translation, pointer, Set.of("title", "summary", "content", "items"));
			problems.text(translation.path("title"), pointer + "/title", 3, 200);
			problems.text(translation.path("summary"), pointer + "/summary", 10, 2000);
			if (present(translation.path("content"))
					&& problems.array(translation.path("content"), pointer + "/content", 1, 200)) {
				blocks(translation.path("content"), pointer + "/content", problems);
			}
			JsonNode translated = translation.path("items");
			if (present(translated) && problems.object(translated, pointer + "/items")) {
				for (String key : translated.propertyNames()) {
					itemTranslation(translated.get(key), at(pointer + "/items", key), key, items, problems);
				}
			}
		}
	}

	private static void itemTranslation(JsonNode translation, String pointer, String key, Map<String, JsonNode> items,
			DocumentProblems problems) {
		JsonNode item = items.get(key);
		if (!items.containsKey(key)) {
			problems.add(pointer, "item", "must be the key of an item of the assessment");
			return;
		}
		if (item == null) {
			return;
		}
		if (!problems.object(translation, pointer)) {
			return;
		}
		String type = item.path("type").stringValue();
		List<String> lists = switch (type) {
			case "single-choice", "multiple-choice" -> List.of("options");
			case "matching" -> List.of("left", "right");
			case "ordering" -> List.of("items");
			default -> List.of();
		};
		Set<String> known = new HashSet<>(lists);
		known.addAll(Set.of("prompt", "feedback"));
		problems.onlyKnown(translation, pointer, known);
		problems.optionalText(translation.path("prompt"), pointer + "/prompt", 1, 2000);
		feedback(translation.path("feedback"), pointer + "/feedback", problems);
		for (String list : lists) {
			if (present(translation.path(list))) {
				int size = item.path(list).size();
				problems.texts(translation.path(list), pointer + "/" + list, size, size, 1, 500);
			}
		}
	}

}
