package org.cellpath.course.attempt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.catalogue.LearnerUnit.Question;

/**
 * Turns the parameters of an HTML form (a page without JavaScript) into the answers that
 * {@link UnitAttempts#submit} scores, so that every page names its fields the same way. Item keys
 * hold no dot, so the names below are unambiguous:
 * <ul>
 * <li>single choice: {@code answer.<key>=<option index>}</li>
 * <li>multiple choice: {@code answer.<key>=<option index>}, once per ticked option</li>
 * <li>matching: {@code answer.<key>.<left index>=<right index>}</li>
 * <li>ordering: {@code answer.<key>.<position>=<item index>}, one per position from 0</li>
 * <li>numeric: {@code answer.<key>=<number>}; a decimal comma (3,7) is read as a point</li>
 * </ul>
 * Empty fields count as not answered. A value that is not a whole number where an index belongs,
 * or not a number for a numeric item, is passed on as text, so that scoring reports it as
 * malformed instead of failing.
 */
public final class FormAnswers {

	/** The prefix of every answer field. */
	public static final String PREFIX = "answer.";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private FormAnswers() {
	}

	/**
	 * The answers in the shape of the items' answers.
	 * @param questions the items as the learner saw them
	 * @param parameters the request's parameters, e.g. {@code request.getParameterMap()}
	 */
	public static JsonNode read(List<Question> questions, Map<String, String[]> parameters) {
		ObjectNode answers = NODES.objectNode();
		for (Question question : questions) {
			String name = PREFIX + question.key();
			switch (question.type()) {
				case "single-choice" -> first(parameters.get(name)).ifPresent((value) -> answers.set(question.key(), index(value)));
				case "multiple-choice" -> {
					String[] values = parameters.get(name);
					if (values != null) {
						ArrayNode picks = answers.putArray(question.key());
						for (String value : values) {
							if (!value.isBlank()) {
								picks.add(index(value));
							}
						}
					}
				}
				case "matching" -> {
					ObjectNode pairs = NODES.objectNode();
					for (int left = 0; left < question.left().size(); left++) {
						int entry = left;
						first(parameters.get(name + "." + left)).ifPresent((value) -> pairs.set(String.valueOf(entry), index(value)));
					}
					if (!pairs.isEmpty()) {
						answers.set(question.key(), pairs);
					}
				}
				case "ordering" -> {
					ArrayNode order = NODES.arrayNode();
					for (int position = 0; position < question.items().size(); position++) {
						first(parameters.get(name + "." + position)).ifPresent((value) -> order.add(index(value)));
					}
					if (!order.isEmpty()) {
						answers.set(question.key(), order);
					}
				}
				default -> first(parameters.get(name)).ifPresent((value) -> answers.set(question.key(), number(value)));
			}
		}
		return answers;
	}

	private static java.util.Optional<String> first(String[] values) {
		if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(values[0].strip());
	}

	private static JsonNode index(String value) {
		String text = value.strip();
		return text.matches("-?[0-9]{1,9}") ? NODES.numberNode(Integer.parseInt(text)) : NODES.stringNode(text);
	}

	private static JsonNode number(String value) {
		String text = value.strip().replace('\u2212', '-').replace(',', '.');
		if (text.matches("-?[0-9]{1,15}(\\.[0-9]{1,15})?")) {
			return NODES.numberNode(new BigDecimal(text));
		}
		return NODES.stringNode(value.strip());
	}

}
