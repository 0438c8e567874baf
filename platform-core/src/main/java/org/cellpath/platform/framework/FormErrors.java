package org.cellpath.platform.framework;

import org.cellpath.platform.web.InvalidInputException;

import org.springframework.validation.BindingResult;

/** Shows the problems found by the {@link Framework} next to the form fields they concern. */
final class FormErrors {

	private FormErrors() {
	}

	static void show(InvalidInputException ex, BindingResult result) {
		ex.problems()
			.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.defaultMessage()));
	}

}
