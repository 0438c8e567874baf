package org.cellpath.platform;

import java.util.EnumSet;
import java.util.UUID;

import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Organisations;
import org.cellpath.platform.identity.Region;
import org.cellpath.platform.identity.Regions;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes users, organisations and regions for tests, each with a unique name so that tests can
 * share one database.
 */
@Component
public class TestUsers {

	public static final String PASSWORD = "correct horse battery";

	private final Users users;

	private final Organisations organisations;

	private final Regions regions;

	private final PasswordEncoder passwords;

	TestUsers(Users users, Organisations organisations, Regions regions, PasswordEncoder passwords) {
		this.users = users;
		this.organisations = organisations;
		this.regions = regions;
		this.passwords = passwords;
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Transactional
	public Region region() {
		String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return this.regions.save(new Region(code, "Test region " + code, "SE"));
	}

	@Transactional
	public Organisation organisation(OrganisationType type) {
		Region region = region();
		String slug = unique(type.name().toLowerCase());
		return this.organisations.save(new Organisation(slug, "Organisation " + slug, type, region));
	}

	/** A user with the role, in a fitting new organisation or region where the role needs one. */
	@Transactional
	public User user(Role role) {
		Organisation organisation = switch (role) {
			case TEACHER, PROVIDER_ADMIN -> organisation(OrganisationType.PROVIDER);
			case EMPLOYER -> organisation(OrganisationType.EMPLOYER);
			default -> null;
		};
		return user(role, organisation);
	}

	@Transactional
	public User user(Role role, Organisation organisation) {
		String username = unique(role.name().toLowerCase().replace('_', '-'));
		User user = new User(username, this.passwords.encode(PASSWORD), "Test " + username, username + "@test.example",
				EnumSet.of(role));
		user.assignTo(organisation);
		if (role == Role.REGION_COORDINATOR) {
			user.coordinate(region());
		}
		return this.users.save(user);
	}

}
