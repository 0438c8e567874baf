package org.cellpath.platform.web;

import java.util.List;

/**
 * Input that breaks a rule the form annotations cannot see, such as a code already in use. Pages
 * show each problem next to its field; the API answers 400 with all of them.
 */
public class InvalidInputException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.stream().map(FieldProblem::toString).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String messageKey, String defaultMessage) {
		this(List.of(new FieldProblem(field, messageKey, defaultMessage)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * One problem with one field.
	 *
	 * @param field the field's name, e.g. {@code code}
	 * @param messageKey key of the message that explains it to a person
	 * @param defaultMessage the explanation in English, for the API
	 */
	public record FieldProblem(String field, String messageKey, String defaultMessage) {

		@Override
		public String toString() {
			return this.field + ": " + this.defaultMessage;
		}

	}

}
