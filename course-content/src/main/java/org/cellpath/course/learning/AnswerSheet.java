package org.cellpath.course.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a learner filled in on the assessment form, read into answers of the exchange format's
 * shapes. The form names each field {@code answer.<item key>} (and {@code .<entry>} for matching
 * and ordering). Input a person can get wrong without tampering (a number that is not one, two
 * entries in one place) is a problem of the sheet: the form comes back with it and uses no
 * attempt. Anything else goes to scoring as it is, which scores a malformed answer 0.
 */
final class AnswerSheet {

	static final String PREFIX = "answer.";

	static final String NOT_A_NUMBER = "study.assessment.error.number";

	static final String PLACES_TWICE = "study.assessment.error.positions";

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

	private final MultiValueMap<String, String> submitted;

	private final Map<String, Object> answers = new LinkedHashMap<>();

	private final Map<String, String> problems = new HashMap<>();

	private AnswerSheet(MultiValueMap<String, String> submitted) {
		this.submitted = submitted;
	}

	/** A sheet with nothing filled in yet. */
	static AnswerSheet blank() {
		return new AnswerSheet(new LinkedMultiValueMap<>());
	}

	/** Reads the form's fields for these items; other parameters (e.g. the CSRF token) are ignored. */
	static AnswerSheet read(List<Shape> items, MultiValueMap<String, String> parameters) {
		LinkedMultiValueMap<String, String> submitted = new LinkedMultiValueMap<>();
		parameters.forEach((name, values) -> {
			if (name.startsWith(PREFIX)) {
				submitted.put(name, values.stream().filter(Objects::nonNull).map(String::trim).toList());
			}
		});
		AnswerSheet sheet = new AnswerSheet(submitted);
		items.forEach(sheet::readItem);
		return sheet;
	}

	private void readItem(Shape item) {
		String field = PREFIX + item.key();
		switch (item.type()) {
			case "single-choice" -> {
				String value = first(field);
				if (value != null) {
					this.answers.put(item.key(), indexOrText(value));
				}
			}
			case "multiple-choice" -> {
				List<Object> picks = new ArrayList<>();
				values(field).stream().filter((value) -> !value.isEmpty()).forEach((value) -> picks.add(indexOrText(value)));
				if (!picks.isEmpty()) {
					this.answers.put(item.key(), picks);
				}
			}
			case "matching" -> {
				Map<String, Object> matches = new LinkedHashMap<>();
				for (int left = 0; left < item.size(); left++) {
					String value = first(field + "." + left);
					if (value != null) {
						matches.put(String.valueOf(left), indexOrText(value));
					}
				}
				if (!matches.isEmpty()) {
					this.answers.put(item.key(), matches);
				}
			}
			case "ordering" -> readOrdering(item, field);
			case "numeric" -> {
				String value = first(field);
				if (value != null) {
					Double number = decimal(value);
					if (number == null) {
						this.problems.put(item.key(), NOT_A_NUMBER);
					}
					else {
						this.answers.put(item.key(), number);
					}
				}
			}
			default -> {
				// An item type this form does not know yet: it goes unanswered and scores 0.
			}
		}
	}

	/** The learner gives each entry its place (1 first); the format wants the entries in their order. */
	private void readOrdering(Shape item, String field) {
		Integer[] order = new Integer[item.size()];
		int given = 0;
		boolean clash = false;
		for (int entry = 0; entry < item.size(); entry++) {
			String value = first(field + "." + entry);
			if (value == null) {
				continue;
			}
			given++;
			Object place = indexOrText(value);
			if (!(place instanceof Integer p) || p < 1 || p > item.size() || order[p - 1] != null) {
				clash = true;
				continue;
			}
			order[p - 1] = entry;
		}
		if (given == 0) {
			return;
		}
		if (clash || given < item.size()) {
			this.problems.put(item.key(), PLACES_TWICE);
			return;
		}
		this.answers.put(item.key(), List.of(order));
	}

	/** A decimal number as people type it: with a comma or a point, spaces between thousands. */
	static Double decimal(String typed) {
		String plain = typed.replace('\u2212', '-').replace(',', '.').replaceAll("[\\s\u00a0\u202f]", "");
		if (!NUMBER.matcher(plain).matches()) {
			return null;
		}
		double number = Double.parseDouble(plain);
		return Double.isFinite(number) ? number : null;
	}

	private static Object indexOrText(String value) {
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException notAnIndex) {
			return value;
		}
	}

	private String first(String field) {
		List<String> values = values(field);
		return values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
	}

	private List<String> values(String field) {
		List<String> values = this.submitted.get(field);
		return (values != null) ? values : List.of();
	}

	/** The answers by item key, in the shapes of the format; unanswered items are absent. */
	Map<String, Object> answers() {
		return Map.copyOf(this.answers);
	}

	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	/** The message code of the problem with an item's answer, or null. */
	public String problem(String key) {
		return this.problems.get(key);
	}

	// What the form shows again when it comes back.

	public boolean chosen(String key, int option) {
		return values(PREFIX + key).contains(String.valueOf(option));
	}

	public Integer matched(String key, int left) {
		return asInteger(first(PREFIX + key + "." + left));
	}

	public Integer placed(String key, int entry) {
		return asInteger(first(PREFIX + key + "." + entry));
	}

	public String number(String key) {
		return first(PREFIX + key);
	}

	private static Integer asInteger(String value) {
		return (value != null && indexOrText(value) instanceof Integer index) ? index : null;
	}

	/**
	 * What the form needs to know of an item to read its fields.
	 *
	 * @param key the item's key
	 * @param type the item's type as the format names it
	 * @param size how many left entries (matching) or entries to order (ordering) it has
	 */
	record Shape(String key, String type, int size) {
	}

}
