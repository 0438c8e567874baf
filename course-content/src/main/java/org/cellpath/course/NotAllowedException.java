package org.cellpath.course;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The signed-in person may not do this to this unit, e.g. a teacher of another provider editing
 * it, or the submitter approving their own work where a second teacher must review. Pages show
 * the 403 page; the API answers 403 with a problem document.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotAllowedException extends RuntimeException {

	public NotAllowedException(String why) {
		super(why);
	}

}
