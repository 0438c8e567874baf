package org.cellpath.course.authoring;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a field of the editor stands on the page, so that problems are listed from top to
 * bottom: the unit's fields in the order shown, then blocks and items by their number.
 */
record FieldOrder(int section, int index, int part) implements Comparable<FieldOrder> {

	private static final List<String> SECTIONS = List.of("title", "summary", "language", "learningMinutes", "eqfLevel",
			"licence", "deliveryMode", "creditSystem", "creditPoints", "coProviders", "outcomes", "blocks", "passScore",
			"maxAttempts", "items");

	private static final List<String> PARTS = List.of("type", "key", "prompt", "markdown", "url", "alt", "fileName",
			"options", "answer", "right", "left", "entries", "positions", "tolerance", "unit", "caption", "outcomes",
			"feedbackCorrect", "feedbackIncorrect");

	private static final Pattern FIELD = Pattern.compile("(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?.*");

	/** The place of a field; a problem of the whole form (null) comes first. */
	static FieldOrder of(String field) {
		if (field == null) {
			return new FieldOrder(-1, 0, 0);
		}
		Matcher parts = FIELD.matcher(field);
		if (!parts.matches()) {
			return new FieldOrder(SECTIONS.size(), 0, 0);
		}
		int section = SECTIONS.indexOf(parts.group(1));
		int index = (parts.group(2) != null) ? Integer.parseInt(parts.group(2)) : -1;
		int part = (parts.group(3) != null) ? PARTS.indexOf(parts.group(3)) : -1;
		return new FieldOrder((section >= 0) ? section : SECTIONS.size(), index, part);
	}

	@Override
	public int compareTo(FieldOrder other) {
		int bySection = Integer.compare(this.section, other.section);
		if (bySection != 0) {
			return bySection;
		}
		int byIndex = Integer.compare(this.index, other.index);
		return (byIndex != 0) ? byIndex : Integer.compare(this.part, other.part);
	}

}
