package org.cellpath.platform.learning.workplace;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded work-based assessment.
 *
 * @param id its id, also its evidence source ({@code workplace:<id>})
 * @param learner the learner's username, or null once their account is erased
 * @param learnerName the learner's name
 * @param outcomeCode the outcome shown
 * @param outcomeStatement what the outcome says
 * @param teacher who recorded it, or null once their account is erased
 * @param workplace where
 * @param note what the teacher saw
 * @param observedOn the day
 * @param recordedAt when it was recorded
 */
public record WorkBasedAssessment(long id, String learner, String learnerName, String outcomeCode,
		String outcomeStatement, String teacher, String workplace, String note, LocalDate observedOn,
		Instant recordedAt) {
}
