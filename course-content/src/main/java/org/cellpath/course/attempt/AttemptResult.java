package org.cellpath.course.attempt;

import java.util.List;

/**
 * The result of a submitted attempt, with the feedback the learner sees only now.
 *
 * @param attemptId the stored attempt
 * @param unitId the unit
 * @param version the version the attempt was scored on
 * @param passed whether the score reached the pass score
 * @param score the mean item score, 0 to 1
 * @param passScore the score needed to pass
 * @param attainedOutcomes the ids of the outcomes credited to the learner (all of the unit's on a
 * pass, none otherwise)
 * @param items each item's score and feedback, in the assessment's order
 * @param attemptsLeft attempts left on this version, or null when unlimited
 */
public record AttemptResult(long attemptId, long unitId, int version, boolean passed, double score, double passScore,
		List<Long> attainedOutcomes, List<ItemResult> items, Integer attemptsLeft) {

	/**
	 * One item's result.
	 *
	 * @param key the item
	 * @param score 0 to 1
	 * @param correct whether the answer was fully right
	 * @param malformed whether the answer had the wrong shape for the item
	 * @param feedback the author's feedback for a right or a wrong answer (and what was malformed), or null
	 */
	public record ItemResult(String key, double score, boolean correct, boolean malformed, String feedback) {
	}

}
