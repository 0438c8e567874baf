package org.cellpath.course;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The step does not fit where the unit is in its workflow, e.g. publishing a unit with no draft,
 * or a learner submitting after the last allowed attempt. The API answers 409.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class WorkflowConflictException extends RuntimeException {

	public WorkflowConflictException(String why) {
		super(why);
	}

}
