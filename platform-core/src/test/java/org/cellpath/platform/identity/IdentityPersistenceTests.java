package org.cellpath.platform.identity;

import java.time.Instant;
import java.util.EnumSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cellpath.platform.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Users, organisations and regions on a real MariaDB: what is saved comes back, keys are unique. */
@SpringBootTest
class IdentityPersistenceTests {

	@Autowired
	Users users;

	@Autowired
	Organisations organisations;

	@Autowired
	Regions regions;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@jakarta.persistence.PersistenceContext
	EntityManager entities;

	@Test
	@Transactional
	void aUserComesBackWithRolesOrganisationAndRegion() {
		Organisation provider = this.testUsers.organisation(OrganisationType.PROVIDER);
		String username = TestUsers.unique("both");
		User user = new User(username, "{noop}x", "Bo Both", username + "@test.example",
				EnumSet.of(Role.TEACHER, Role.PROVIDER_ADMIN));
		user.assignTo(provider);
		this.users.saveAndFlush(user);
		this.entities.clear();

		User loaded = this.users.findByUsername(username).orElseThrow();
		assertThat(loaded.getRoles()).containsExactlyInAnyOrder(Role.TEACHER, Role.PROVIDER_ADMIN);
		assertThat(loaded.getOrganisation().getSlug()).isEqualTo(provider.getSlug());
		assertThat(loaded.getOrganisation().getRegion().getCode()).isEqualTo(provider.getRegion().getCode());
		assertThat(loaded.getCreatedAt()).isNotNull();
		assertThat(this.users.findByOrganisationOrderByUsername(provider)).extracting(User::getUsername)
			.containsExactly(username);
		assertThat(this.organisations.findByRegionOrderByName(provider.getRegion())).extracting(Organisation::getSlug)
			.containsExactly(provider.getSlug());
	}

	@Test
	void usernamesAndEmailsAreUniqueInTheDatabase() {
		User existing = this.testUsers.user(Role.LEARNER);
		assertThatThrownBy(() -> this.users.saveAndFlush(new User(existing.getUsername(), "{noop}x", "Twin",
				TestUsers.unique("twin") + "@test.example", EnumSet.of(Role.LEARNER))))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.users.saveAndFlush(new User(TestUsers.unique("twin"), "{noop}x", "Twin",
				existing.getEmail(), EnumSet.of(Role.LEARNER))))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void regionCodesAndOrganisationSlugsAreUnique() {
		Region region = this.testUsers.region();
		assertThatThrownBy(() -> this.regions.saveAndFlush(new Region(region.getCode(), "Again", "FI")))
			.isInstanceOf(DataIntegrityViolationException.class);
		Organisation organisation = this.testUsers.organisation(OrganisationType.EMPLOYER);
		assertThatThrownBy(() -> this.organisations.saveAndFlush(
				new Organisation(organisation.getSlug(), "Again", OrganisationType.EMPLOYER, region)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aFailedSignInCountAndLockAreStored() {
		User user = this.testUsers.user(Role.LEARNER);
		User managed = this.users.findById(user.getId()).orElseThrow();
		Instant now = Instant.parse("2026-11-23T10:00:00Z");
		for (int i = 0; i < User.MAX_FAILED_SIGN_INS; i++) {
			managed.signInFailed(now);
		}
		this.users.saveAndFlush(managed);
		User locked = this.users.findById(user.getId()).orElseThrow();
		assertThat(locked.isLocked(now.plusSeconds(60))).isTrue();
		assertThat(locked.isLocked(now.plus(User.LOCK_DURATION).plusSeconds(1))).isFalse();
		assertThat(this.jdbc.queryForObject("SELECT locked_until IS NOT NULL FROM app_user WHERE id = ?",
				Boolean.class, user.getId())).isTrue();
	}

}
