package org.cellpath.course.authoring;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cellpath.platform.web.InvalidInputException.FieldProblem;

/**
 * The validator explains problems in English for the API. The pages say the common ones in the
 * teacher's language: this finds the message of this bundle for a problem, with the numbers
 * the English text names. A problem it does not know keeps its English explanation.
 */
final class ProblemMessages {

	private static final List<Rule> RULES = List.of(
			new Rule("unit.problem.required", Pattern.compile("is required.*"), "authoring.problem.unit.required"),
			new Rule("unit.problem.length", Pattern.compile("must be between (\\d+) and (\\d+) characters"),
					"authoring.problem.unit.length"),
			new Rule("unit.problem.size", Pattern.compile("must hold between (\\d+) and (\\d+) entries"),
					"authoring.problem.unit.size"),
			new Rule("unit.problem.size", Pattern.compile("must be at most 5 MiB decoded"),
					"authoring.problem.unit.fileTooLarge"),
			new Rule("unit.problem.range", Pattern.compile("must be between (-?\\d+) and (-?\\d+)"),
					"authoring.problem.unit.range"),
			new Rule("unit.problem.range", Pattern.compile("must be more than 0 and at most (\\d+)"),
					"authoring.problem.unit.positive"),
			new Rule("unit.problem.range", Pattern.compile("must be 0 or more"), "authoring.problem.unit.notNegative"),
			new Rule("unit.problem.index", Pattern.compile("must name .*"), "authoring.problem.unit.answer"),
			new Rule("unit.problem.duplicate", Pattern.compile("the key (\\S+) is used by another item"),
					"authoring.problem.unit.duplicateKey"),
			new Rule("unit.problem.duplicate", Pattern.compile("names outcome (\\S+) twice"), "authoring.problem.unit.twice"),
			new Rule("unit.problem.outcome.unknown", Pattern.compile("names no learning outcome of the framework: (.+)"),
					"authoring.problem.unknownOutcome"));

	private ProblemMessages() {
	}

	/**
	 * The message of this bundle for a problem and its arguments (as text, so that numbers are
	 * not reformatted), or null when the English explanation has to do.
	 */
	static Message of(FieldProblem problem) {
		for (Rule rule : RULES) {
			if (rule.code().equals(problem.messageKey()) && problem.defaultMessage() != null) {
				Matcher matcher = rule.english().matcher(problem.defaultMessage());
				if (matcher.matches()) {
					Object[] arguments = new Object[matcher.groupCount()];
					for (int i = 0; i < arguments.length; i++) {
						arguments[i] = matcher.group(i + 1);
					}
					return new Message(rule.key(), arguments);
				}
			}
		}
		return null;
	}

	/** A message of this bundle and its arguments. */
	record Message(String key, Object[] arguments) {
	}

	private record Rule(String code, Pattern english, String key) {
	}

}
