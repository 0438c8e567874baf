package org.cellpath.platform.learning.workplace;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.learning.Evidence;
import org.cellpath.platform.learning.EvidenceType;
import org.cellpath.platform.learning.LearningAccount;
import org.cellpath.platform.learning.claim.Assessors;
import org.cellpath.platform.notification.Notifications;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records work-based assessments. The same teachers who assess prior learning of an outcome
 * record it at a workplace (see {@link Assessors}); nobody records their own.
 */
@Service
public class WorkBasedAssessments {

	static final int MAX_NOTE = 5000;

	private static final String SELECT = "SELECT w.*, l.username AS l_username, l.display_name AS l_name,"
			+ " t.username AS t_username, o.code, o.statement FROM work_based_assessment w"
			+ " JOIN app_user l ON l.id = w.learner_id LEFT JOIN app_user t ON t.id = w.teacher_id"
			+ " JOIN learning_outcome o ON o.id = w.outcome_id";

	private final JdbcTemplate jdbc;

	private final Users users;

	private final LearningOutcomes outcomes;

	private final Assessors assessors;

	private final LearningAccount account;

	private final Notifications notifications;

	private final Clock clock;

	WorkBasedAssessments(JdbcTemplate jdbc, Users users, LearningOutcomes outcomes, Assessors assessors,
			LearningAccount account, Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.outcomes = outcomes;
		this.assessors = assessors;
		this.account = account;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Records it and credits the outcome to the learner as a work-based assessment.
	 * @throws InvalidInputException when a field is missing or names nobody or nothing
	 * @throws AccessDeniedException when the teacher records their own learning or may not assess the outcome
	 */
	@Transactional
	public WorkBasedAssessment record(User teacher, WorkBasedForm form) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		String username = text(form.learner());
		User learner = username.isEmpty() ? null
				: this.users.findByUsername(username).filter((u) -> u.hasRole(Role.LEARNER)).orElse(null);
		if (username.isEmpty()) {
			problems.add(new FieldProblem("learner", "claims.workBased.learner.required", "the learner's username is required"));
		}
		else if (learner == null) {
			problems.add(new FieldProblem("learner", "claims.workBased.learner.unknown", "no learner has that username"));
		}
		String code = text(form.outcome());
		LearningOutcome outcome = code.isEmpty() ? null : this.outcomes.findByCode(code).orElse(null);
		if (outcome == null) {
			problems.add(new FieldProblem("outcome", "claims.workBased.outcome.required",
					"choose the learning outcome the learner showed"));
		}
		String workplace = text(form.workplace());
		if (workplace.isEmpty() || workplace.length() > 200) {
			problems.add(new FieldProblem("workplace", "claims.workBased.workplace.required",
					"name the workplace in 1 to 200 characters"));
		}
		String note = text(form.note());
		if (note.isEmpty() || note.length() > MAX_NOTE) {
			problems.add(new FieldProblem("note", "claims.workBased.note.required",
					"say in 1 to 5000 characters what you saw the learner do"));
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LocalDate observedOn = (form.observedOn() != null) ? form.observedOn() : today;
		if (observedOn.isAfter(today)) {
			problems.add(new FieldProblem("observedOn", "claims.workBased.observedOn.future",
					"the day of the assessment cannot be in the future"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (Objects.equals(learner.getId(), teacher.getId())) {
			throw new AccessDeniedException("Nobody records a work-based assessment of their own learning.");
		}
		if (!this.assessors.mayAssess(teacher, Set.of(outcome.getId()))) {
			throw new AccessDeniedException("Only teachers of a provider that offers a unit for this outcome may"
					+ " assess it at a workplace.");
		}
		Instant now = this.clock.instant();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		long learnerId = learner.getId();
		long outcomeId = outcome.getId();
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement("INSERT INTO work_based_assessment (learner_id, outcome_id,"
					+ " teacher_id, workplace, note, observed_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			insert.setLong(1, learnerId);
			insert.setLong(2, outcomeId);
			insert.setLong(3, teacher.getId());
			insert.setString(4, workplace);
			insert.setString(5, note);
			insert.setDate(6, Date.valueOf(observedOn));
			insert.setTimestamp(7, Timestamp.from(now));
			return insert;
		}, key);
		long id = key.getKey().longValue();
		this.account.credit(learnerId, outcomeId, new Evidence(EvidenceType.WORK_BASED_ASSESSMENT, "workplace:" + id,
				workplace + ", assessed by " + teacher.getDisplayName(), teacher.getId()));
		this.notifications.notify(learnerId, "claims.notification.workBased", "/me/learning", outcome.getCode(),
				workplace);
		return find(id);
	}

	/** What the teacher recorded, newest first. */
	@Transactional(readOnly = true)
	public List<WorkBasedAssessment> recordedBy(User teacher) {
		return this.jdbc.query(SELECT + " WHERE w.teacher_id = ? ORDER BY w.recorded_at DESC, w.id DESC LIMIT 100",
				WorkBasedAssessments::row, teacher.getId());
	}

	/** What was recorded about the learner, newest first. */
	@Transactional(readOnly = true)
	public List<WorkBasedAssessment> about(long learnerId) {
		return this.jdbc.query(SELECT + " WHERE w.learner_id = ? ORDER BY w.recorded_at DESC, w.id DESC",
				WorkBasedAssessments::row, learnerId);
	}

	WorkBasedAssessment find(long id) {
		return this.jdbc.queryForObject(SELECT + " WHERE w.id = ?", WorkBasedAssessments::row, id);
	}

	@Transactional
	void erase(long userId) {
		this.jdbc.update("DELETE FROM work_based_assessment WHERE learner_id = ?", userId);
		this.jdbc.update("UPDATE work_based_assessment SET teacher_id = NULL WHERE teacher_id = ?", userId);
	}

	private static WorkBasedAssessment row(ResultSet row, int n) throws SQLException {
		return new WorkBasedAssessment(row.getLong("id"), row.getString("l_username"), row.getString("l_name"),
				row.getString("code"), row.getString("statement"), row.getString("t_username"),
				row.getString("workplace"), row.getString("note"), row.getDate("observed_on").toLocalDate(),
				row.getTimestamp("recorded_at").toInstant());
	}

	private static String text(String value) {
		return (value != null) ? value.trim() : "";
	}

}
