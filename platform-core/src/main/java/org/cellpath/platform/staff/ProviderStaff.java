package org.cellpath.platform.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cellpath.platform.admin.NewUserForm;
import org.cellpath.platform.admin.UserAdministration;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff of the provider a provider admin works for. */
@Service
class ProviderStaff {

	static final Set<Role> STAFF_ROLES = EnumSet.of(Role.TEACHER, Role.PROVIDER_ADMIN);

	private final Users users;

	private final UserAdministration administration;

	ProviderStaff(Users users, UserAdministration administration) {
		this.users = users;
		this.administration = administration;
	}

	/** The education provider the admin works for; a clear problem when there is none. */
	@Transactional(readOnly = true)
	Organisation providerOf(User admin) {
		return this.users.findWithPlacesById(admin.getId())
			.map(User::getOrganisation)
			.filter(Organisation::isProvider)
			.orElseThrow(() -> new InvalidInputException("organisation", "staff.noProvider",
					"your account belongs to no education provider; ask a platform admin to link it to yours"));
	}

	@Transactional(readOnly = true)
	Page<User> of(User admin, int page, int size) {
		return this.users.findByOrganisationHolding(providerOf(admin), STAFF_ROLES,
				PageRequest.of(Math.max(page, 0), size, Sort.by("username")));
	}

	@Transactional(readOnly = true)
	User member(User admin, long id) {
		Organisation provider = providerOf(admin);
		return this.users.findWithPlacesById(id)
			.filter((user) -> user.getOrganisation() != null && provider.getId().equals(user.getOrganisation().getId()))
			.filter((user) -> user.getRoles().stream().anyMatch(STAFF_ROLES::contains))
			.orElseThrow(() -> new NotFoundException("No one with id " + id + " on your staff"));
	}

	@Transactional
	User addTeacher(User admin, NewTeacherForm form) {
		Organisation provider = providerOf(admin);
		return this.administration.create(new NewUserForm(form.username(), form.displayName(), form.email(),
				form.password(), List.of(Role.TEACHER.name()), provider.getSlug(), null));
	}

}
