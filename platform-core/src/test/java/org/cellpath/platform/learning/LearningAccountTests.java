package org.cellpath.platform.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cellpath.platform.TestUsers;
import org.cellpath.platform.framework.BloomLevel;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.LearningOutcome.OutcomeDescription;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.framework.OutcomeType;
import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** One attainment per learner and outcome, and one {@link OutcomeAttained} per attainment. */
@SpringBootTest
class LearningAccountTests {

	@Autowired
	LearningAccount account;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LearningOutcomes outcomes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AttainedEvents attained;

	@Test
	void creditingANewOutcomeCreatesAnAttainmentAndPublishesOnce() {
		User learner = this.testUsers.user(Role.LEARNER);
		LearningOutcome outcome = outcome();
		boolean created = this.account.credit(learner.getId(), outcome.getId(),
				new Evidence(EvidenceType.WORK_BASED_ASSESSMENT, "workplace:1", "Line 2 at the cell plant", null));
		assertThat(created).isTrue();
		assertThat(this.attained.of(learner.getId(), outcome.getId())).hasSize(1);
	}

	@Test
	void concurrentCreditsOfOneOutcomeGiveOneAttainmentWithAllEvidenceAndOneEvent() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		LearningOutcome outcome = outcome();
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			int attempt = i;
			Callable<Boolean> credit = () -> {
				start.await();
				return this.account.credit(learner.getId(), outcome.getId(),
						new Evidence(EvidenceType.UNIT_ASSESSMENT, "unit:7:v1:attempt:" + attempt, "Unit 7", null));
			};
			results.add(pool.submit(credit));
		}
		start.countDown();
		int created = 0;
		for (Future<Boolean> result : results) {
			created += result.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(created).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM attainment WHERE learner_id = ? AND outcome_id = ?",
				Integer.class, learner.getId(), outcome.getId())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM attainment_evidence e JOIN attainment a ON a.id = e.attainment_id"
						+ " WHERE a.learner_id = ? AND a.outcome_id = ?",
				Integer.class, learner.getId(), outcome.getId())).isEqualTo(threads);
		assertThat(this.attained.of(learner.getId(), outcome.getId())).hasSize(1);
	}

	@Test
	void theSameEvidenceTwiceIsRecordedOnce() {
		User learner = this.testUsers.user(Role.LEARNER);
		LearningOutcome outcome = outcome();
		Evidence evidence = new Evidence(EvidenceType.PLACEMENT_CHECK, "placement:3", "Placement check", null);
		this.account.credit(learner.getId(), outcome.getId(), evidence);
		assertThat(this.account.credit(learner.getId(), outcome.getId(), evidence)).isFalse();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM attainment_evidence e JOIN attainment a ON a.id = e.attainment_id WHERE a.learner_id = ?",
				Integer.class, learner.getId())).isEqualTo(1);
	}

	private LearningOutcome outcome() {
		return this.outcomes.save(new LearningOutcome("T-" + TestUsers.unique("L").substring(2).toUpperCase(),
				new OutcomeDescription("Applies the credit rule in a test", OutcomeType.SKILL, BloomLevel.APPLY, 4,
						SkillCategory.SECTOR_SPECIFIC),
				Set.of()));
	}

	/** Records the events published, as a listener in another module would receive them. */
	static class AttainedEvents {

		private final List<OutcomeAttained> events = Collections.synchronizedList(new ArrayList<>());

		@EventListener
		void on(OutcomeAttained event) {
			this.events.add(event);
		}

		List<OutcomeAttained> of(long learnerId, long outcomeId) {
			synchronized (this.events) {
				return this.events.stream()
					.filter((event) -> event.learnerId() == learnerId && event.outcomeId() == outcomeId)
					.toList();
			}
		}

	}

	@TestConfiguration
	static class Listening {

		@Bean
		AttainedEvents attainedEvents() {
			return new AttainedEvents();
		}

	}

}
