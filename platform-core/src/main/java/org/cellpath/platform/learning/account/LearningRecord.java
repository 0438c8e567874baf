package org.cellpath.platform.learning.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cellpath.platform.framework.SkillCategory;

/**
 * Attainments of one learner, newest first: the whole account, or the part of it a share link
 * shows. The views of the account (groups, timeline, coverage) are all computed from it.
 *
 * @param attainments the attainments, newest first, each with its evidence
 */
public record LearningRecord(List<RecordedAttainment> attainments) {

	public LearningRecord {
		attainments = List.copyOf(attainments);
	}

	public boolean isEmpty() {
		return this.attainments.isEmpty();
	}

	/** The attainments by skill category, in the order of {@link SkillCategory}; categories with none are left out. */
	public List<AttainmentGroup<SkillCategory>> byCategory() {
		Map<SkillCategory, List<RecordedAttainment>> groups = new EnumMap<>(SkillCategory.class);
		this.attainments.forEach((attainment) -> groups
			.computeIfAbsent(attainment.outcome().category(), (category) -> new ArrayList<>())
			.add(attainment));
		return groups.entrySet().stream().map((group) -> new AttainmentGroup<>(group.getKey(), group.getValue())).toList();
	}

	/** The attainments by EQF level, lowest first; levels with none are left out. */
	public List<AttainmentGroup<Integer>> byEqfLevel() {
		Map<Integer, List<RecordedAttainment>> groups = new TreeMap<>();
		this.attainments.forEach((attainment) -> groups
			.computeIfAbsent(attainment.outcome().eqfLevel(), (level) -> new ArrayList<>())
			.add(attainment));
		return groups.entrySet().stream().map((group) -> new AttainmentGroup<>(group.getKey(), group.getValue())).toList();
	}

	/**
	 * Every attainment and every later piece of evidence, newest first. The evidence that first
	 * credited an outcome is its attainment; what came after is added evidence.
	 */
	public List<TimelineEntry> timeline() {
		List<TimelineEntry> entries = new ArrayList<>();
		for (RecordedAttainment attainment : this.attainments) {
			for (int i = 0; i < attainment.evidence().size(); i++) {
				RecordedEvidence evidence = attainment.evidence().get(i);
				entries.add(new TimelineEntry(evidence.recordedAt(), i == 0, attainment.outcome(), evidence));
			}
		}
		entries.sort(Comparator.comparing(TimelineEntry::at)
			.thenComparing(TimelineEntry::attained)
			.thenComparing((entry) -> entry.outcome().code())
			.reversed());
		return entries;
	}

	/** The ids of the outcomes attained. */
	public Set<Long> outcomeIds() {
		return this.attainments.stream().map((attainment) -> attainment.outcome().id()).collect(Collectors.toSet());
	}

}
