package org.cellpath.platform.learning.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.learning.EvidenceType;
import org.cellpath.platform.learning.LearningInProgress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads learning accounts. Each method runs one query however many attainments, evidence and
 * occupations there are: the account with its evidence and assessors in one join, the framework's
 * occupations with their required outcomes in another.
 */
@Service
public class LearningRecords {

	private static final String ATTAINMENTS = """
			SELECT a.id, a.attained_at, o.id AS outcome_id, o.code, o.statement, o.eqf_level, o.category,
			       e.type, e.source_ref, e.source_label, e.recorded_at, u.display_name AS assessor
			FROM attainment a
			JOIN learning_outcome o ON o.id = a.outcome_id
			LEFT JOIN attainment_evidence e ON e.attainment_id = a.id
			LEFT JOIN app_user u ON u.id = e.assessor_id
			WHERE a.learner_id = :learner %s
			ORDER BY a.attained_at DESC, a.id DESC, e.recorded_at, e.id
			""";

	private static final String OCCUPATIONS = """
			SELECT oc.code AS occupation_code, oc.name AS occupation_name,
			       o.id AS outcome_id, o.code, o.statement, o.eqf_level, o.category
			FROM occupation oc
			LEFT JOIN occupation_outcome r ON r.occupation_id = oc.id
			LEFT JOIN learning_outcome o ON o.id = r.outcome_id
			%s
			ORDER BY oc.name, oc.code, o.eqf_level, o.code
			""";

	private final JdbcClient jdbc;

	private final ObjectProvider<LearningInProgress> inProgress;

	LearningRecords(JdbcClient jdbc, ObjectProvider<LearningInProgress> inProgress) {
		this.jdbc = jdbc;
		this.inProgress = inProgress;
	}

	/** The learner's whole account. */
	@Transactional(readOnly = true)
	public LearningRecord of(long learnerId) {
		return read(this.jdbc.sql(ATTAINMENTS.formatted("")).param("learner", learnerId));
	}

	/**
	 * The learner's attainments among the given ids; ids of attainments that are not the learner's
	 * are left out.
	 */
	@Transactional(readOnly = true)
	public LearningRecord of(long learnerId, Collection<Long> attainmentIds) {
		if (attainmentIds.isEmpty()) {
			return new LearningRecord(List.of());
		}
		return read(this.jdbc.sql(ATTAINMENTS.formatted("AND a.id IN (:ids)"))
			.param("learner", learnerId)
			.param("ids", attainmentIds));
	}

	/** How far the record covers every occupation of the framework, by occupation name. */
	@Transactional(readOnly = true)
	public List<OccupationCoverage> coverage(LearningRecord record) {
		return coverage(record, this.jdbc.sql(OCCUPATIONS.formatted("")));
	}

	/** How far the record covers one occupation; empty when there is no occupation with the code. */
	@Transactional(readOnly = true)
	public Optional<OccupationCoverage> coverage(LearningRecord record, String occupationCode) {
		return coverage(record, this.jdbc.sql(OCCUPATIONS.formatted("WHERE oc.code = :code"))
			.param("code", occupationCode)).stream().findFirst();
	}

	/** What the learner has in progress, from every module that knows, most recent first. */
	public List<LearningInProgress.Activity> inProgress(long learnerId, Locale locale) {
		return this.inProgress.orderedStream()
			.flatMap((source) -> source.inProgress(learnerId, locale).stream())
			.sorted(Comparator.comparing(LearningInProgress.Activity::lastActivity,
					Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	private static LearningRecord read(JdbcClient.StatementSpec query) {
		Map<Long, RecordedAttainment> attainments = new LinkedHashMap<>();
		query.query((ResultSet row) -> {
			long id = row.getLong("id");
			RecordedAttainment attainment = attainments.computeIfAbsent(id, (key) -> attainment(row));
			if (row.getString("type") != null) {
				attainment.evidence()
					.add(new RecordedEvidence(EvidenceType.valueOf(row.getString("type")), row.getString("source_label"),
							row.getString("source_ref"), row.getString("assessor"),
							row.getTimestamp("recorded_at").toInstant()));
			}
		});
		return new LearningRecord(attainments.values()
			.stream()
			.map((a) -> new RecordedAttainment(a.id(), a.outcome(), a.attainedAt(), List.copyOf(a.evidence())))
			.toList());
	}

	private static RecordedAttainment attainment(ResultSet row) {
		try {
			return new RecordedAttainment(row.getLong("id"), outcome(row), row.getTimestamp("attained_at").toInstant(),
					new ArrayList<>());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read an attainment", ex);
		}
	}

	private static RecordedOutcome outcome(ResultSet row) throws SQLException {
		return new RecordedOutcome(row.getLong("outcome_id"), row.getString("code"), row.getString("statement"),
				row.getInt("eqf_level"), SkillCategory.valueOf(row.getString("category")));
	}

	private static List<OccupationCoverage> coverage(LearningRecord record, JdbcClient.StatementSpec query) {
		Set<Long> attained = record.outcomeIds();
		Map<String, OccupationCoverage> occupations = new LinkedHashMap<>();
		query.query((ResultSet row) -> {
			OccupationCoverage occupation = occupations.computeIfAbsent(row.getString("occupation_code"),
					(code) -> new OccupationCoverage(code, name(row), new ArrayList<>(), new ArrayList<>()));
			row.getLong("outcome_id");
			if (!row.wasNull()) {
				RecordedOutcome outcome = outcome(row);
				(attained.contains(outcome.id()) ? occupation.covered() : occupation.missing()).add(outcome);
			}
		});
		return occupations.values()
			.stream()
			.map((o) -> new OccupationCoverage(o.code(), o.name(), List.copyOf(o.covered()), List.copyOf(o.missing())))
			.toList();
	}

	private static String name(ResultSet row) {
		try {
			return row.getString("occupation_name");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read an occupation", ex);
		}
	}

}
