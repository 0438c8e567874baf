package org.cellpath.platform.learning.account;

import java.util.List;

/**
 * Attainments that share a skill category or an EQF level.
 *
 * @param key what they share: a category name or a level
 * @param attainments the attainments, newest first
 */
public record AttainmentGroup<K>(K key, List<RecordedAttainment> attainments) {
}
