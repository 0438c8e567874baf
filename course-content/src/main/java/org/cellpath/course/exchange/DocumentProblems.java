package org.cellpath.course.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.cellpath.platform.web.InvalidInputException.FieldProblem;

/**
 * Collects the problems of one document, each at its JSON pointer, with the small checks the
 * validator repeats. A check that fails records a problem and answers false, so that the caller
 * skips the checks that depend on it.
 */
final class DocumentProblems {

	private final String prefix;

	private final List<FieldProblem> problems = new ArrayList<>();

	DocumentProblems(String prefix) {
		this.prefix = (prefix != null) ? prefix : "";
	}

	List<FieldProblem> list() {
		return this.problems;
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	void add(String pointer, String code, String message) {
		this.problems.add(new FieldProblem(this.prefix + pointer, "unit.problem." + code, message));
	}

	static String at(String pointer, String name) {
		return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
	}

	static String at(String pointer, int index) {
		return pointer + "/" + index;
	}

	boolean object(JsonNode node, String pointer) {
		if (node == null || node.isMissingNode()) {
			add(pointer, "required", "is required");
			return false;
		}
		if (!node.isObject()) {
			add(pointer, "type", "must be an object");
			return false;
		}
		return true;
	}

	boolean array(JsonNode node, String pointer, int min, int max) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			add(pointer, "required", "is required");
			return false;
		}
		if (!node.isArray()) {
			add(pointer, "type", "must be an array");
			return false;
		}
		if (node.size() < min || node.size() > max) {
			add(pointer, "size", "must hold between " + min + " and " + max + " entries");
			return false;
		}
		return true;
	}

	/** A required string of a length between min and max (counted after trimming). */
	boolean text(JsonNode node, String pointer, int min, int max) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			add(pointer, "required", "is required");
			return false;
		}
		if (!node.isString()) {
			add(pointer, "type", "must be a string");
			return false;
		}
		int length = node.stringValue().strip().length();
		if (length < min || node.stringValue().length() > max) {
			add(pointer, "length", "must be between " + min + " and " + max + " characters");
			return false;
		}
		return true;
	}

	/** An optional string: absent or null is fine. */
	boolean optionalText(JsonNode node, String pointer, int min, int max) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return true;
		}
		return text(node, pointer, min, max);
	}

	boolean matches(JsonNode node, String pointer, Pattern pattern, String what) {
		if (!text(node, pointer, 1, 2000)) {
			return false;
		}
		if (!pattern.matcher(node.stringValue()).matches()) {
			add(pointer, "pattern", "must be " + what);
			return false;
		}
		return true;
	}

	boolean oneOf(JsonNode node, String pointer, List<String> allowed) {
		if (!text(node, pointer, 1, 100)) {
			return false;
		}
		if (!allowed.contains(node.stringValue())) {
			add(pointer, "choice", "must be one of " + String.join(", ", allowed));
			return false;
		}
		return true;
	}

	boolean integer(JsonNode node, String pointer, long min, long max) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			add(pointer, "required", "is required");
			return false;
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			add(pointer, "type", "must be a whole number");
			return false;
		}
		long value = node.longValue();
		if (value < min || value > max) {
			add(pointer, "range", "must be between " + min + " and " + max);
			return false;
		}
		return true;
	}

	boolean number(JsonNode node, String pointer) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			add(pointer, "required", "is required");
			return false;
		}
		if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
			add(pointer, "type", "must be a number");
			return false;
		}
		return true;
	}

	/** Every property of the object must be one of the known names. */
	void onlyKnown(JsonNode object, String pointer, Set<String> known) {
		for (String name : object.propertyNames()) {
			if (!known.contains(name)) {
				add(at(pointer, name), "unknown", "is not a field of the unit format here");
			}
		}
	}

	/** A non-empty array of strings, each between min and max characters; true when all are fine. */
	boolean texts(JsonNode node, String pointer, int minEntries, int maxEntries, int min, int max) {
		if (!array(node, pointer, minEntries, maxEntries)) {
			return false;
		}
		boolean fine = true;
		for (int i = 0; i < node.size(); i++) {
			fine &= text(node.get(i), at(pointer, i), min, max);
		}
		return fine;
	}

}
