package org.cellpath.platform.learning.account;

import org.cellpath.platform.framework.SkillCategory;

/**
 * A learning outcome as the account shows it.
 *
 * @param id the outcome's id
 * @param code its code, e.g. {@code BAT-SAF-301}
 * @param statement what the learner can do
 * @param eqfLevel its EQF level, 1 to 8
 * @param category how widely it applies
 */
public record RecordedOutcome(long id, String code, String statement, int eqfLevel, SkillCategory category) {
}
