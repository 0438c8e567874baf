package org.cellpath.course.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.platform.learning.PersonalData;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What course content keeps about a learner: their attempts (with the answers they sent) and their
 * progress through units. Both go with the learner's data export, and both are deleted on erasure;
 * the outcomes they attained stay with the learning account, which answers for them.
 */
@Component
class UnitAttemptData implements PersonalData {

	private final Attempts attempts;

	private final Progresses progresses;

	UnitAttemptData(Attempts attempts, Progresses progresses) {
		this.attempts = attempts;
		this.progresses = progresses;
	}

	@Override
	public String name() {
		return "unitAttempts";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(long userId) {
		List<AttemptRecord> attempts = this.attempts.findByLearnerIdOrderBySubmittedAtDesc(userId)
			.stream()
			.map((a) -> new AttemptRecord(a.getId(), a.getUnitId(), a.getVersionId(), a.getScore(), a.isPassed(),
					UnitFormat.mapper().readTree(a.getAnswers()), a.getSubmittedAt()))
			.toList();
		List<ProgressRecord> progress = this.progresses.findByLearnerIdOrderByUpdatedAtDesc(userId)
			.stream()
			.map((p) -> new ProgressRecord(p.getUnitId(), p.getVersionId(), p.getBlockIndex(), p.getBlockCount(),
					p.getPercent(), p.isPassed(), p.getStartedAt(), p.getUpdatedAt()))
			.toList();
		return Map.of("attempts", attempts, "progress", progress);
	}

	@Override
	@Transactional
	public void erase(long userId) {
		this.attempts.deleteByLearner(userId);
		this.progresses.deleteByLearner(userId);
	}

	record AttemptRecord(long id, long unitId, long versionId, double score, boolean passed, JsonNode answers,
			Instant submittedAt) {
	}

	record ProgressRecord(long unitId, long versionId, int blockIndex, int blockCount, int percent, boolean passed,
			Instant startedAt, Instant updatedAt) {
	}

}
