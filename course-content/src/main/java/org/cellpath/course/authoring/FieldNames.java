package org.cellpath.course.authoring;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * The names of the editor's fields as a person reads them in the error summary, e.g. "Item 3:
 * option 2" for {@code items[2].options[1]}, in the page's language.
 */
final class FieldNames {

	private static final Pattern NESTED = Pattern.compile("(blocks|items)\\[(\\d+)]\\.(\\w+)(?:\\[(\\d+)])?");

	private static final Map<String, String> UNIT = Map.ofEntries(Map.entry("outcomes", "authoring.editor.outcomes"),
			Map.entry("blocks", "authoring.editor.content"), Map.entry("items", "authoring.editor.assessment"),
			Map.entry("outcomeQuery", "authoring.editor.outcomes.search"));

	private static final Map<String, String> PARTS = Map.ofEntries(Map.entry("markdown", "authoring.block.markdown"),
			Map.entry("url", "authoring.block.url"), Map.entry("alt", "authoring.block.alt"),
			Map.entry("caption", "authoring.block.caption"), Map.entry("fileName", "authoring.block.fileName"),
			Map.entry("type", "authoring.field.type"), Map.entry("key", "authoring.item.key"),
			Map.entry("prompt", "authoring.item.prompt"), Map.entry("options", "authoring.item.option"),
			Map.entry("left", "authoring.item.leftEntry"), Map.entry("right", "authoring.item.rightEntry"),
			Map.entry("entries", "authoring.item.entry"), Map.entry("positions", "authoring.item.place"),
			Map.entry("answer", "authoring.item.answer"), Map.entry("tolerance", "authoring.item.numeric.tolerance"),
			Map.entry("unit", "authoring.item.numeric.unit"), Map.entry("outcomes", "authoring.item.outcomes"),
			Map.entry("feedbackCorrect", "authoring.item.feedback.correct"),
			Map.entry("feedbackIncorrect", "authoring.item.feedback.incorrect"));

	/** The names of whole lists, for problems with a list rather than one of its entries. */
	private static final Map<String, String> WHOLE_LISTS = Map.of("options", "authoring.item.options", "left",
			"authoring.item.left", "right", "authoring.item.right", "entries", "authoring.item.entries");

	private final MessageSource messages;

	private final Locale locale;

	FieldNames(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String of(String field) {
		Matcher nested = NESTED.matcher(field);
		if (nested.matches()) {
			int owner = Integer.parseInt(nested.group(2)) + 1;
			String partKey = PARTS.getOrDefault(nested.group(3), "authoring.field.type");
			String part = (nested.group(4) != null)
					? message(partKey, Integer.parseInt(nested.group(4)) + 1)
					: message(WHOLE_LISTS.getOrDefault(nested.group(3), partKey));
			return message("blocks".equals(nested.group(1)) ? "authoring.field.block" : "authoring.field.item", owner,
					part);
		}
		return message(UNIT.getOrDefault(field, "authoring.unit." + field));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, this.locale);
	}

}
