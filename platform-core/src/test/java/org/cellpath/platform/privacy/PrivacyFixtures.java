package org.cellpath.platform.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.demand.Demand;
import org.cellpath.platform.demand.Demands;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.identity.LocalePreferences;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.learning.Evidence;
import org.cellpath.platform.learning.EvidenceType;
import org.cellpath.platform.learning.LearningAccount;
import org.cellpath.platform.privacy.PrivacyTestConfiguration.OtherModuleData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner with data in every platform-core table that holds data about a person, each piece
 * with a distinctive text that the tests look for. A bean of {@link PrivacyTestConfiguration}.
 */
class PrivacyFixtures {

	private final TestUsers testUsers;

	private final TestFramework framework;

	private final Users users;

	private final LocalePreferences locales;

	private final LearningAccount learningAccount;

	private final Demands demands;

	private final OtherModuleData otherModule;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	PrivacyFixtures(TestUsers testUsers, TestFramework framework, Users users, LocalePreferences locales,
			LearningAccount learningAccount, Demands demands, OtherModuleData otherModule, JdbcTemplate jdbc,
			TransactionTemplate transactions) {
		this.testUsers = testUsers;
		this.framework = framework;
		this.users = users;
		this.locales = locales;
		this.learningAccount = learningAccount;
		this.demands = demands;
		this.otherModule = otherModule;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** A learner with everything platform-core can store about a person. */
	Planted learner() {
		User learner = this.testUsers.user(Role.LEARNER);
		String marker = TestUsers.unique("marker");
		String displayName = "Saga Sandberg " + marker;
		Organisation employer = this.testUsers.organisation(OrganisationType.EMPLOYER);
		this.transactions.executeWithoutResult((status) -> {
			User managed = this.users.findById(learner.getId()).orElseThrow();
			managed.updateProfile(displayName, marker + "@mail.example");
			managed.assignTo(employer);
		});
		this.locales.remember(learner.getUsername(), Locale.forLanguageTag("sv"));
		User teacher = this.testUsers.user(Role.TEACHER);
		LearningOutcome first = this.framework.outcome(3);
		LearningOutcome second = this.framework.outcome(5);
		String evidenceLabel = "Night shift at the Skellefteå cell line " + marker;
		String evidenceRef = "workplace:" + marker;
		this.learningAccount.credit(learner.getId(), first.getId(),
				new Evidence(EvidenceType.WORK_BASED_ASSESSMENT, evidenceRef, evidenceLabel, teacher.getId()));
		this.learningAccount.credit(learner.getId(), first.getId(),
				new Evidence(EvidenceType.UNIT_ASSESSMENT, "unit:1:v1:attempt:" + marker, "Unit one", null));
		this.learningAccount.credit(learner.getId(), second.getId(),
				new Evidence(EvidenceType.PLACEMENT_CHECK, "placement:" + marker, "Placement " + marker, null));
		// The learner also assessed someone else's evidence, and stated a skill need for the employer.
		User other = this.testUsers.user(Role.LEARNER);
		LearningOutcome assessed = this.framework.outcome(4);
		this.learningAccount.credit(other.getId(), assessed.getId(),
				new Evidence(EvidenceType.WORK_BASED_ASSESSMENT, "workplace:other", "Seen at work", learner.getId()));
		Occupation occupation = this.framework.occupation(first);
		String demandNote = "Operators for line 3 " + TestUsers.unique("need");
		this.transactions.executeWithoutResult((status) -> this.demands.save(new Demand(employer, occupation,
				employer.getRegion(), 4, 12, demandNote, this.users.getReferenceById(learner.getId()), Instant.now())));
		String otherModuleNote = "Asked about the forklift course " + marker;
		this.otherModule.notes.put(learner.getId(), otherModuleNote);
		awaitCompletedEvents(learner.getId());
		User saved = this.users.findWithPlacesById(learner.getId()).orElseThrow();
		return new Planted(saved, teacher, other, first, second, assessed, marker, displayName, saved.getEmail(),
				evidenceLabel, evidenceRef, demandNote, otherModuleNote);
	}

	/** Waits until the module listener has seen the learner's attainments and Spring Modulith completed them. */
	private void awaitCompletedEvents(long learnerId) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		String about = "%\"learnerId\":" + learnerId + ",%";
		while (Instant.now().isBefore(deadline)) {
			Integer open = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ? AND COMPLETION_DATE IS NULL",
					Integer.class, about);
			Integer done = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ? AND COMPLETION_DATE IS NOT NULL",
					Integer.class, about);
			if (open == 0 && done == 2) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		assertThat(false).as("two completed event publications about learner " + learnerId).isTrue();
	}

	/** The learner and the texts planted in their data. */
	record Planted(User learner, User teacher, User otherLearner, LearningOutcome first, LearningOutcome second,
			LearningOutcome assessedForOther, String marker, String displayName, String email, String evidenceLabel,
			String evidenceRef, String demandNote, String otherModuleNote) {

		String username() {
			return this.learner.getUsername();
		}

	}

}
