package org.cellpath.platform.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Organisations;
import org.cellpath.platform.identity.Region;
import org.cellpath.platform.identity.Regions;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and lifts sign-in locks, with the rules that bean validation alone cannot
 * check: unique usernames and emails, known roles, organisations and regions, and a place that
 * fits each role. Nothing is stored unless every rule holds.
 */
@Service
public class UserAdministration {

	private static final Set<Role> PROVIDER_ROLES = EnumSet.of(Role.TEACHER, Role.PROVIDER_ADMIN);

	private final Users users;

	private final Organisations organisations;

	private final Regions regions;

	private final PasswordEncoder passwords;

	UserAdministration(Users users, Organisations organisations, Regions regions, PasswordEncoder passwords) {
		this.users = users;
		this.organisations = organisations;
		this.regions = regions;
		this.passwords = passwords;
	}

	@Transactional
	public User create(NewUserForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.users.existsByUsername(form.username())) {
			problems.add(new FieldProblem("username", "user.username.taken",
					"the username " + form.username() + " is already in use"));
		}
		if (this.users.existsByEmail(form.email())) {
			problems.add(new FieldProblem("email", "user.email.taken", "that email address belongs to another account"));
		}
		Set<Role> roles = knownRoles(form.roles(), problems);
		Organisation organisation = null;
		if (form.organisation() != null) {
			organisation = this.organisations.findBySlug(form.organisation()).orElse(null);
			if (organisation == null) {
				problems.add(new FieldProblem("organisation", "user.organisation.unknown",
						"there is no organisation " + form.organisation()));
			}
		}
		Region region = null;
		if (form.region() != null) {
			region = this.regions.findByCode(form.region()).orElse(null);
			if (region == null) {
				problems.add(new FieldProblem("region", "user.region.unknown", "there is no region " + form.region()));
			}
		}
		boolean organisationKnown = form.organisation() == null || organisation != null;
		if (organisationKnown && roles.stream().anyMatch(PROVIDER_ROLES::contains)
				&& !isOfType(organisation, OrganisationType.PROVIDER)) {
			problems.add(new FieldProblem("organisation", "user.organisation.provider",
					"teachers and provider admins must belong to an education provider"));
		}
		if (organisationKnown && roles.contains(Role.EMPLOYER) && !isOfType(organisation, OrganisationType.EMPLOYER)) {
			problems.add(new FieldProblem("organisation", "user.organisation.employer",
					"employers must belong to an employer organisation"));
		}
		if (roles.contains(Role.REGION_COORDINATOR) && form.region() == null) {
			problems.add(new FieldProblem("region", "user.region.required",
					"a region coordinator needs the region they coordinate"));
		}
		if (!roles.isEmpty() && !roles.contains(Role.REGION_COORDINATOR) && form.region() != null) {
			problems.add(new FieldProblem("region", "user.region.coordinatorsOnly",
					"only region coordinators have a region of their own"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		User user = new User(form.username(), this.passwords.encode(form.password()), form.displayName(), form.email(),
				roles);
		user.assignTo(organisation);
		user.coordinate(region);
		try {
			return this.users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone took the username or email between the check and the insert.
			throw new InvalidInputException("username", "user.username.taken",
					"the username or email address is already in use");
		}
	}

	/**
	 * One page of users by username, all of them or those whose username, name or email contains
	 * the text.
	 */
	@Transactional(readOnly = true)
	public Page<User> find(String text, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), size, Sort.by("username"));
		if (text == null || text.isBlank()) {
			return this.users.findAllBy(request);
		}
		String pattern = "%" + text.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
				+ "%";
		return this.users.findMatching(pattern, request);
	}

	/** Clears a lock after too many failed sign-ins, and the count of failed sign-ins. */
	@Transactional
	public User unlock(long id) {
		User user = this.users.findWithPlacesById(id).orElseThrow(() -> new NotFoundException("No user with id " + id));
		user.unlock();
		return user;
	}

	private static Set<Role> knownRoles(List<String> names, List<FieldProblem> problems) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (names.isEmpty()) {
			problems.add(new FieldProblem("roles", "user.roles.required", "choose at least one role"));
		}
		for (String name : names) {
			try {
				roles.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("roles", "user.roles.unknown", "there is no role " + name));
			}
		}
		return roles;
	}

	private static boolean isOfType(Organisation organisation, OrganisationType type) {
		return organisation != null && organisation.getType() == type;
	}

}
