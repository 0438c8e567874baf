package org.cellpath.course.authoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.platform.identity.Users;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The names of the teachers who wrote, submitted and reviewed versions, looked up at once. */
@Component
class PeopleNames {

	private final Users users;

	PeopleNames(Users users) {
		this.users = users;
	}

	/** Display names by user id; someone since deleted is simply missing. */
	@Transactional(readOnly = true)
	Map<Long, String> of(Collection<AuthoredUnit> versions) {
		Set<Long> ids = new HashSet<>();
		for (AuthoredUnit version : versions) {
			ids.add(version.createdById());
			ids.add(version.submittedById());
			ids.add(version.reviewedById());
		}
		ids.remove(null);
		Map<Long, String> names = new HashMap<>();
		this.users.findAllById(ids).forEach((user) -> names.put(user.getId(), user.getDisplayName()));
		return names;
	}

}
