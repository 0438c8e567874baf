package org.cellpath.platform.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credits outcomes to learners. A learner has at most one attainment per outcome: crediting it
 * again, even from two requests at once, adds the new evidence to the existing attainment, and
 * {@link OutcomeAttained} is published only for the attainment that is new.
 */
@Service
public class LearningAccount {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LearningAccount(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Credits an outcome to a learner with a piece of evidence.
	 * @return whether this created the attainment (false: the learner already had it)
	 */
	@Transactional
	public boolean credit(long learnerId, long outcomeId, Evidence evidence) {
		Instant now = this.clock.instant();
		// Credits for one learner queue on the learner's row, so two requests crediting the same
		// outcome at once see each other instead of racing on the unique key (which deadlocks).
		this.jdbc.queryForObject("SELECT id FROM app_user WHERE id = ? FOR UPDATE", Long.class, learnerId);
		Long attainmentId = this.jdbc
			.queryForList("SELECT id FROM attainment WHERE learner_id = ? AND outcome_id = ?", Long.class, learnerId,
					outcomeId)
			.stream()
			.findFirst()
			.orElse(null);
		boolean created = attainmentId == null;
		if (created) {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			this.jdbc.update((connection) -> {
				var insert = connection.prepareStatement(
						"INSERT INTO attainment (learner_id, outcome_id, attained_at) VALUES (?, ?, ?)",
						java.sql.Statement.RETURN_GENERATED_KEYS);
				insert.setLong(1, learnerId);
				insert.setLong(2, outcomeId);
				insert.setTimestamp(3, Timestamp.from(now));
				return insert;
			}, key);
			attainmentId = key.getKey().longValue();
		}
		try {
			this.jdbc.update(
					"INSERT INTO attainment_evidence (attainment_id, type, source_ref, source_label, assessor_id, recorded_at)"
							+ " VALUES (?, ?, ?, ?, ?, ?)",
					attainmentId, evidence.type().name(), evidence.sourceRef(), evidence.sourceLabel(),
					evidence.assessorId(), Timestamp.from(now));
		}
		catch (DuplicateKeyException sameSourceAgain) {
			// The same evidence was recorded before: nothing new to add.
		}
		if (created) {
			this.events.publishEvent(new OutcomeAttained(attainmentId, learnerId, outcomeId, evidence.type(),
					evidence.sourceRef(), now));
		}
		return created;
	}

}
