package org.cellpath.platform.web;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Shows the problems a service found next to the form fields they concern; a problem with
 * something the form has no field for is shown for the whole form.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void show(InvalidInputException ex, BindingResult result) {
		ex.problems().forEach((problem) -> {
			try {
				result.rejectValue(problem.field(), problem.messageKey(), problem.defaultMessage());
			}
			catch (NotReadablePropertyException notAField) {
				result.reject(problem.messageKey(), problem.defaultMessage());
			}
		});
	}

}
