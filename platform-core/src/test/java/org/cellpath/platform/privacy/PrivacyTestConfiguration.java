package org.cellpath.platform.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.demand.Demands;
import org.cellpath.platform.identity.LocalePreferences;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.learning.LearningAccount;
import org.cellpath.platform.learning.OutcomeAttained;
import org.cellpath.platform.learning.PersonalData;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * What the privacy tests add to the platform: a {@link PersonalData} standing for another
 * module's, and a module listener so that Spring Modulith keeps event publications about
 * learners. All privacy tests import it, so they share one context.
 */
@TestConfiguration(proxyBeanMethods = false)
class PrivacyTestConfiguration {

	@Bean
	OtherModuleData otherModuleData(Users users) {
		return new OtherModuleData(users);
	}

	@Bean
	PrivacyFixtures privacyFixtures(TestUsers testUsers, TestFramework framework, Users users,
			LocalePreferences locales, LearningAccount learningAccount, Demands demands, OtherModuleData otherModule,
			JdbcTemplate jdbc, TransactionTemplate transactions) {
		return new PrivacyFixtures(testUsers, framework, users, locales, learningAccount, demands, otherModule, jdbc,
				transactions);
	}

	@Bean
	AttainmentHistory attainmentHistory() {
		return new AttainmentHistory();
	}

	/**
	 * Personal data another module holds (a note per learner). It records what the erasure asked
	 * of it, and whether the account was still whole when it was asked.
	 */
	static class OtherModuleData implements PersonalData {

		static final String RETAINED = "privacy.test.otherModuleKeeps";

		private final Users users;

		final Map<Long, String> notes = new ConcurrentHashMap<>();

		final Map<Long, String> usernameWhenErased = new ConcurrentHashMap<>();

		OtherModuleData(Users users) {
			this.users = users;
		}

		@Override
		public String name() {
			return "otherModule";
		}

		@Override
		public Object export(long userId) {
			return Map.of("notes", List.of(this.notes.getOrDefault(userId, "")));
		}

		@Override
		public void erase(long userId) {
			this.notes.remove(userId);
			this.usernameWhenErased.put(userId, this.users.findById(userId).map(User::getUsername).orElse("gone"));
		}

		@Override
		public List<String> retainedAfterErasure() {
			return List.of(RETAINED);
		}

	}

	/** A module that follows attainments, as badge issuing does; Spring Modulith records each delivery. */
	static class AttainmentHistory {

		final Map<Long, Instant> seen = new ConcurrentHashMap<>();

		@ApplicationModuleListener
		void on(OutcomeAttained attained) {
			this.seen.put(attained.attainmentId(), attained.attainedAt());
		}

	}

}
