package org.cellpath.course.authoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the editor's {@link UnitForm} into a unit exchange document ({@code cellpath-unit/1})
 * and back, and tells which form field a problem's JSON pointer names. Only what the form alone
 * can know is checked here (a number that is not one, an order that is not an order); every rule
 * of the format is the validator's.
 */
final class UnitDocuments {

	static final String FORMAT = "cellpath-unit/1";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private UnitDocuments() {
	}

	/**
	 * A problem the form found before the validator saw the document.
	 *
	 * @param field the form field, e.g. {@code items[2].positions}
	 * @param messageKey the message that explains it
	 * @param argument what the message names, e.g. an unknown code; may be empty
	 */
	record FormProblem(String field, String messageKey, String argument) {

		FormProblem(String field, String messageKey) {
			this(field, messageKey, "");
		}

	}

	/**
	 * The document the teacher's form describes, with what the form cannot carry taken over from
	 * the stored draft: the owning provider, translations and the files of attachments.
	 * @param stored the stored draft's document, or null for a new unit
	 * @param problems receives what the form itself finds wrong
	 */
	static ObjectNode toDocument(UnitForm form, JsonNode stored, List<FormProblem> problems) {
		ObjectNode unit = NODES.objectNode();
		unit.put("format", FORMAT);
		text(unit, "title", form.getTitle());
		text(unit, "language", form.getLanguage());
		text(unit, "summary", form.getSummary());
		whole(unit, "learningMinutes", form.getLearningMinutes(), "learningMinutes", problems);
		whole(unit, "eqfLevel", form.getEqfLevel(), "eqfLevel", problems);
		text(unit, "licence", form.getLicence());
		text(unit, "deliveryMode", form.getDeliveryMode());
		if (!blank(form.getCreditSystem()) || !blank(form.getCreditPoints())) {
			ObjectNode credits = unit.putObject("credits");
			text(credits, "system", form.getCreditSystem());
			decimal(credits, "points", form.getCreditPoints(), "creditPoints", problems);
		}
		if (stored != null && stored.path("provider").isString()) {
			unit.put("provider", stored.path("provider").asString());
		}
		strings(unit.putArray("coProviders"), form.getCoProviders());
		strings(unit.putArray("outcomes"), form.getOutcomes());
		ArrayNode content = unit.putArray("content");
		for (BlockForm block : form.getBlocks()) {
			content.add(block(block, stored));
		}
		ObjectNode assessment = unit.putObject("assessment");
		decimal(assessment, "passScore", form.getPassScore(), "passScore", problems);
		whole(assessment, "maxAttempts", form.getMaxAttempts(), "maxAttempts", problems);
		ArrayNode items = assessment.putArray("items");
		for (int i = 0; i < form.getItems().size(); i++) {
			items.add(item(form.getItems().get(i), "items[" + i + "].", problems));
		}
		if (stored != null && stored.path("translations").isObject()) {
			unit.set("translations", stored.path("translations").deepCopy());
		}
		return unit;
	}

	private static ObjectNode block(BlockForm form, JsonNode stored) {
		ObjectNode block = NODES.objectNode();
		String type = form.getType();
		block.put("type", type);
		switch (type) {
			case "text" -> block.put("markdown", nonNull(form.getMarkdown()));
			case "image" -> {
				text(block, "url", form.getUrl());
				text(block, "alt", form.getAlt());
			}
			case "video", "link" -> {
				text(block, "url", form.getUrl());
				text(block, "caption", form.getCaption());
			}
			case "attachment" -> {
				JsonNode file = (stored != null && form.getStored() != null)
						? stored.path("content").path(form.getStored()) : NODES.missingNode();
				text(block, "fileName", blank(form.getFileName()) ? file.path("fileName").asString("") : form.getFileName());
				text(block, "mediaType", file.path("mediaType").asString(form.getMediaType()));
				text(block, "data", file.path("data").asString(""));
				text(block, "caption", form.getCaption());
			}
			default -> {
			}
		}
		return block;
	}

	private static ObjectNode item(ItemForm form, String field, List<FormProblem> problems) {
		ObjectNode item = NODES.objectNode();
		text(item, "key", form.getKey());
		item.put("type", nonNull(form.getType()));
		text(item, "prompt", form.getPrompt());
		switch (nonNull(form.getType())) {
			case "single-choice" -> {
				strings(item.putArray("options"), form.getOptions());
				int correct = UnitForm.number(nonNull(form.getCorrect()));
				if (correct >= 0) {
					item.put("answer", correct);
				}
			}
			case "multiple-choice" -> {
				strings(item.putArray("options"), form.getOptions());
				ArrayNode answer = item.putArray("answer");
				form.getCorrectOptions().stream().map(UnitForm::number).filter((n) -> n >= 0).distinct().sorted()
					.forEach(answer::add);
			}
			case "matching" -> {
				strings(item.putArray("left"), form.getLeft());
				strings(item.putArray("right"), form.getRight());
				ObjectNode answer = item.putObject("answer");
				for (int i = 0; i < form.getLeft().size() && i < form.getMatches().size(); i++) {
					int match = UnitForm.number(nonNull(form.getMatches().get(i)));
					if (match >= 0) {
						answer.put(String.valueOf(i), match);
					}
				}
			}
			case "ordering" -> {
				strings(item.putArray("items"), form.getEntries());
				List<Integer> order = order(form.getPositions(), form.getEntries().size());
				if (order == null) {
					problems.add(new FormProblem(field + "positions", "authoring.problem.positions"));
				}
				else {
					ArrayNode answer = item.putArray("answer");
					order.forEach(answer::add);
				}
			}
			case "numeric" -> {
				decimal(item, "answer", form.getAnswer(), field + "answer", problems);
				decimal(item, "tolerance", form.getTolerance(), field + "tolerance", problems);
				text(item, "unit", form.getUnit());
			}
			default -> {
			}
		}
		if (!form.getOutcomes().isEmpty()) {
			strings(item.putArray("outcomes"), form.getOutcomes());
		}
		if (!blank(form.getFeedbackCorrect()) || !blank(form.getFeedbackIncorrect())) {
			ObjectNode feedback = item.putObject("feedback");
			text(feedback, "correct", form.getFeedbackCorrect());
			text(feedback, "incorrect", form.getFeedbackIncorrect());
		}
		return item;
	}

	/**
	 * The right order as the format wants it (the entry indexes, first to last) from each entry's
	 * place; null unless the places are 1 to n, each once.
	 */
	static List<Integer> order(List<String> positions, int entries) {
		if (positions.size() < entries) {
			return null;
		}
		Integer[] order = new Integer[entries];
		for (int entry = 0; entry < entries; entry++) {
			int place = UnitForm.number(nonNull(positions.get(entry)));
			if (place < 1 || place > entries || order[place - 1] != null) {
				return null;
			}
			order[place - 1] = entry;
		}
		return List.of(order);
	}

	/** The editor's form for a stored exchange document. */
	static UnitForm toForm(JsonNode unit) {
		UnitForm form = new UnitForm();
		form.setTitle(unit.path("title").asString(""));
		form.setSummary(unit.path("summary").asString(""));
		form.setLanguage(unit.path("language").asString(""));
		form.setLearningMinutes(numberText(unit.path("learningMinutes")));
		form.setEqfLevel(numberText(unit.path("eqfLevel")));
		form.setLicence(unit.path("licence").asString("CC-BY-SA-4.0"));
		form.setDeliveryMode(unit.path("deliveryMode").asString("asynchronous"));
		form.setCreditSystem(unit.path("credits").path("system").asString(""));
		form.setCreditPoints(numberText(unit.path("credits").path("points")));
		form.setOutcomes(strings(unit.path("outcomes")));
		form.setCoProviders(strings(unit.path("coProviders")));
		JsonNode content = unit.path("content");
		for (int i = 0; i < content.size(); i++) {
			JsonNode node = content.path(i);
			BlockForm block = BlockForm.of(node.path("type").asString("text"));
			block.setMarkdown(node.path("markdown").asString(""));
			block.setUrl(node.path("url").asString(""));
			block.setAlt(node.path("alt").asString(""));
			block.setCaption(node.path("caption").asString(""));
			block.setFileName(node.path("fileName").asString(""));
			block.setMediaType(node.path("mediaType").asString(""));
			if ("attachment".equals(block.getType())) {
				block.setStored(i);
			}
			form.getBlocks().add(block);
		}
		JsonNode assessment = unit.path("assessment");
		form.setPassScore(numberText(assessment.path("passScore")));
		form.setMaxAttempts(numberText(assessment.path("maxAttempts")));
		for (JsonNode node : assessment.path("items").values()) {
			form.getItems().add(item(node));
		}
		return form;
	}

	private static ItemForm item(JsonNode node) {
		ItemForm item = new ItemForm();
		item.setKey(node.path("key").asString(""));
		item.setType(node.path("type").asString("single-choice"));
		item.setPrompt(node.path("prompt").asString(""));
		JsonNode answer = node.path("answer");
		switch (item.getType()) {
			case "single-choice" -> {
				item.setOptions(strings(node.path("options")));
				item.setCorrect(numberText(answer));
			}
			case "multiple-choice" -> {
				item.setOptions(strings(node.path("options")));
				List<String> picked = new ArrayList<>();
				answer.values().forEach((index) -> picked.add(numberText(index)));
				item.setCorrectOptions(picked);
			}
			case "matching" -> {
				item.setLeft(strings(node.path("left")));
				item.setRight(strings(node.path("right")));
				List<String> matches = new ArrayList<>();
				for (int i = 0; i < item.getLeft().size(); i++) {
					matches.add(numberText(answer.path(String.valueOf(i))));
				}
				item.setMatches(matches);
			}
			case "ordering" -> {
				item.setEntries(strings(node.path("items")));
				List<String> positions = new ArrayList<>();
				item.getEntries().forEach((entry) -> positions.add(""));
				for (int place = 0; place < answer.size(); place++) {
					int entry = answer.path(place).asInt(-1);
					if (entry >= 0 && entry < positions.size()) {
						positions.set(entry, String.valueOf(place + 1));
					}
				}
				item.setPositions(positions);
			}
			case "numeric" -> {
				item.setAnswer(numberText(answer));
				item.setTolerance(numberText(node.path("tolerance")));
				item.setUnit(node.path("unit").asString(""));
			}
			default -> {
			}
		}
		item.setOutcomes(strings(node.path("outcomes")));
		item.setFeedbackCorrect(node.path("feedback").path("correct").asString(""));
		item.setFeedbackIncorrect(node.path("feedback").path("incorrect").asString(""));
		return item;
	}

	/**
	 * The editor field a JSON pointer of the unit document names, or null when the editor has no
	 * field for it (the problem is then shown for the whole form). The pointer may carry a zip
	 * entry's name before {@code #}.
	 */
	static String fieldFor(String pointer) {
		List<String> at = tokens(pointer);
		if (at.isEmpty()) {
			return null;
		}
		String first = at.get(0);
		switch (first) {
			case "title", "summary", "language", "learningMinutes", "eqfLevel", "licence", "deliveryMode" -> {
				return first;
			}
			case "credits" -> {
				return (at.size() > 1 && "points".equals(at.get(1))) ? "creditPoints" : "creditSystem";
			}
			case "outcomes", "coProviders" -> {
				return first;
			}
			case "content" -> {
				return blockField(at);
			}
			case "assessment" -> {
				return assessmentField(at);
			}
			default -> {
				return null;
			}
		}
	}

	private static String blockField(List<String> at) {
		if (at.size() < 2 || UnitForm.number(at.get(1)) < 0) {
			return "blocks";
		}
		String block = "blocks[" + at.get(1) + "]";
		if (at.size() < 3) {
			return block + ".type";
		}
		return switch (at.get(2)) {
			case "markdown", "url", "alt", "caption", "fileName", "type" -> block + "." + at.get(2);
			default -> block + ".fileName";
		};
	}

	private static String assessmentField(List<String> at) {
		if (at.size() < 2) {
			return "items";
		}
		if (!"items".equals(at.get(1))) {
			return "maxAttempts".equals(at.get(1)) ? "maxAttempts" : "passScore";
		}
		if (at.size() < 3 || UnitForm.number(at.get(2)) < 0) {
			return "items";
		}
		String item = "items[" + at.get(2) + "]";
		if (at.size() < 4) {
			return item + ".prompt";
		}
		String name = at.get(3);
		String index = (at.size() > 4 && UnitForm.number(at.get(4)) >= 0) ? "[" + at.get(4) + "]" : "";
		return switch (name) {
			case "key", "type", "prompt", "tolerance", "unit", "answer", "outcomes" -> item + "." + name;
			case "options", "left", "right" -> item + "." + name + index;
			case "items" -> item + ".entries" + index;
			case "feedback" -> item + ((at.size() > 4 && "incorrect".equals(at.get(4))) ? ".feedbackIncorrect"
					: ".feedbackCorrect");
			default -> item + ".prompt";
		};
	}

	/** The reference tokens of a JSON pointer (RFC 6901), after any {@code entry#} prefix. */
	static List<String> tokens(String pointer) {
		if (pointer == null) {
			return List.of();
		}
		String path = pointer.substring(pointer.indexOf('#') + 1);
		List<String> tokens = new ArrayList<>();
		for (String token : path.split("/")) {
			if (!token.isEmpty()) {
				tokens.add(token.replace("~1", "/").replace("~0", "~"));
			}
		}
		return tokens;
	}

	/** The fields of these problems, so that the validator's words on the same fields can wait. */
	static Set<String> fields(List<FormProblem> problems) {
		Set<String> fields = new HashSet<>();
		problems.forEach((problem) -> fields.add(problem.field()));
		return fields;
	}

	private static void text(ObjectNode node, String name, String value) {
		if (!blank(value)) {
			node.put(name, value.trim());
		}
	}

	private static void whole(ObjectNode node, String name, String value, String field, List<FormProblem> problems) {
		if (blank(value)) {
			return;
		}
		try {
			node.put(name, Integer.parseInt(value.trim()));
		}
		catch (NumberFormatException ex) {
			problems.add(new FormProblem(field, "authoring.problem.wholeNumber"));
		}
	}

	private static void decimal(ObjectNode node, String name, String value, String field, List<FormProblem> problems) {
		if (blank(value)) {
			return;
		}
		BigDecimal number = UnitForm.decimal(value);
		if (number == null) {
			problems.add(new FormProblem(field, "authoring.problem.number"));
		}
		else {
			node.put(name, number);
		}
	}

	private static void strings(ArrayNode array, List<String> values) {
		values.forEach((value) -> array.add(nonNull(value).trim()));
	}

	static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.values().forEach((value) -> values.add(value.isValueNode() ? value.asString("") : value.toString()));
		return values;
	}

	private static String numberText(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return "";
		}
		return node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asString("");
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
