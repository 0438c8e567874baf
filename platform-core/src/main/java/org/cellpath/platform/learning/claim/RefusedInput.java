package org.cellpath.platform.learning.claim;

import java.util.ArrayList;
import java.util.List;

import org.cellpath.platform.web.InvalidInputException;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Input a claim refused, with arguments for each message (a file's name, a limit), so that the
 * pages say exactly which file or link is at fault in the reader's language; the API shows the
 * English text like every other invalid input.
 */
public class RefusedInput extends InvalidInputException {

	private final transient List<Object[]> arguments;

	private RefusedInput(List<FieldProblem> problems, List<Object[]> arguments) {
		super(problems);
		this.arguments = List.copyOf(arguments);
	}

	/** Shows each problem next to its field, or for the whole form when the form has no such field. */
	public void showOn(BindingResult result) {
		for (int i = 0; i < problems().size(); i++) {
			FieldProblem problem = problems().get(i);
			try {
				result.rejectValue(problem.field(), problem.messageKey(), this.arguments.get(i), problem.defaultMessage());
			}
			catch (NotReadablePropertyException notAField) {
				result.reject(problem.messageKey(), this.arguments.get(i), problem.defaultMessage());
			}
		}
	}

	/** Collects problems and refuses the input when there are any. */
	static final class Problems {

		private final List<FieldProblem> problems = new ArrayList<>();

		private final List<Object[]> arguments = new ArrayList<>();

		Problems add(String field, String messageKey, String defaultMessage, Object... arguments) {
			this.problems.add(new FieldProblem(field, messageKey, defaultMessage));
			this.arguments.add(arguments);
			return this;
		}

		int size() {
			return this.problems.size();
		}

		void throwIfAny() {
			if (!this.problems.isEmpty()) {
				throw new RefusedInput(this.problems, this.arguments);
			}
		}

	}

}
