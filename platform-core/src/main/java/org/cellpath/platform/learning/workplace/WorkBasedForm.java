package org.cellpath.platform.learning.workplace;

import java.time.LocalDate;

/**
 * What a teacher records about a learner at a workplace.
 *
 * @param learner the learner's username
 * @param outcome the code of the outcome they showed
 * @param workplace where, e.g. the company and site
 * @param note what the teacher saw
 * @param observedOn the day (today when left out)
 */
public record WorkBasedForm(String learner, String outcome, String workplace, String note, LocalDate observedOn) {

	static WorkBasedForm empty() {
		return new WorkBasedForm("", "", "", "", null);
	}

}
