package org.cellpath.platform.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.learning.EvidenceType;
import org.cellpath.platform.learning.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning account: every attained outcome with all its evidence, and the evidence the person
 * assessed for other learners (without naming those learners). Erasing deletes the attainments
 * and their evidence; evidence the person assessed stays in the other learners' accounts, pointing
 * at the anonymised account.
 */
@Component
class LearningAccountData implements PersonalData {

	private final JdbcTemplate jdbc;

	LearningAccountData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "learningAccount";
	}

	@Override
	@Transactional(readOnly = true)
	public LearningAccountExport export(long userId) {
		return new LearningAccountExport(attainments(userId), assessedForOthers(userId));
	}

	/** The learner's attainments, newest first, each with its evidence oldest first. */
	@Transactional(readOnly = true)
	public List<AttainmentRecord> attainments(long learnerId) {
		Map<Long, AttainmentRecord> attainments = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT a.id, o.code, o.statement, o.eqf_level, o.category, a.attained_at
				FROM attainment a JOIN learning_outcome o ON o.id = a.outcome_id
				WHERE a.learner_id = ? ORDER BY a.attained_at DESC, a.id DESC""", (row) -> {
			attainments.put(row.getLong(1), new AttainmentRecord(row.getString(2), row.getString(3), row.getInt(4),
					SkillCategory.valueOf(row.getString(5)), instant(row.getTimestamp(6)), new ArrayList<>()));
		}, learnerId);
		this.jdbc.query("""
				SELECT e.attainment_id, e.type, e.source_label, e.source_ref, e.assessor_id, e.recorded_at
				FROM attainment_evidence e JOIN attainment a ON a.id = e.attainment_id
				WHERE a.learner_id = ? ORDER BY e.recorded_at, e.id""", (row) -> {
			long assessor = row.getLong(5);
			attainments.get(row.getLong(1)).evidence()
				.add(new EvidenceRecord(EvidenceType.valueOf(row.getString(2)), row.getString(3), row.getString(4),
						row.wasNull() ? null : assessor, instant(row.getTimestamp(6))));
		}, learnerId);
		return List.copyOf(attainments.values());
	}

	private List<AssessedEvidence> assessedForOthers(long userId) {
		return this.jdbc.query("""
				SELECT o.code, e.type, e.recorded_at FROM attainment_evidence e
				JOIN attainment a ON a.id = e.attainment_id JOIN learning_outcome o ON o.id = a.outcome_id
				WHERE e.assessor_id = ? AND a.learner_id <> ? ORDER BY e.recorded_at, e.id""",
				(row, n) -> new AssessedEvidence(row.getString(1), EvidenceType.valueOf(row.getString(2)),
						instant(row.getTimestamp(3))),
				userId, userId);
	}

	@Override
	@Transactional
	public void erase(long userId) {
		this.jdbc.update("DELETE e FROM attainment_evidence e JOIN attainment a ON a.id = e.attainment_id"
				+ " WHERE a.learner_id = ?", userId);
		this.jdbc.update("DELETE FROM attainment WHERE learner_id = ?", userId);
	}

	@Override
	public List<String> retainedAfterErasure() {
		return List.of("privacy.retained.assessed");
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * @param attainments every outcome the learner attained, newest first
	 * @param evidenceAssessedForOthers evidence the person assessed as a teacher, for other learners
	 */
	record LearningAccountExport(List<AttainmentRecord> attainments, List<AssessedEvidence> evidenceAssessedForOthers) {
	}

	/** An attained outcome with all its evidence. */
	record AttainmentRecord(String outcomeCode, String outcomeStatement, int eqfLevel, SkillCategory skillCategory,
			Instant attainedAt, List<EvidenceRecord> evidence) {
	}

	/**
	 * One piece of evidence.
	 * @param source what a person reads about where it came from
	 * @param sourceRef the stable reference to it
	 * @param assessorId the account number of the teacher who assessed it, when a person did
	 */
	record EvidenceRecord(EvidenceType type, String source, String sourceRef, Long assessorId, Instant recordedAt) {
	}

	/** Evidence the person assessed for another learner, who is not named. */
	record AssessedEvidence(String outcomeCode, EvidenceType type, Instant recordedAt) {
	}

}
