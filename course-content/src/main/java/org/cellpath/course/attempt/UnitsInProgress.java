package org.cellpath.course.attempt;

import java.util.List;
import java.util.Locale;

import org.cellpath.course.unit.UnitVersions;
import org.cellpath.platform.learning.LearningInProgress;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Units a learner started and has not passed yet, for the learning account. */
@Component
class UnitsInProgress implements LearningInProgress {

	private final Progresses progresses;

	private final UnitVersions versions;

	UnitsInProgress(Progresses progresses, UnitVersions versions) {
		this.progresses = progresses;
		this.versions = versions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Activity> inProgress(long learnerId, Locale locale) {
		String language = (locale != null) ? locale.getLanguage() : null;
		return this.progresses.findByLearnerIdAndPassedFalseOrderByUpdatedAtDesc(learnerId)
			.stream()
			.flatMap((progress) -> this.versions.findById(progress.getVersionId())
				.map((version) -> new Activity(version.titleIn(language), "/units/" + progress.getUnitId() + "/learn",
						progress.getPercent(), progress.getUpdatedAt()))
				.stream())
			.toList();
	}

}
