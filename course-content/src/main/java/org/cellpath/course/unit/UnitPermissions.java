package org.cellpath.course.unit;

import org.cellpath.course.NotAllowedException;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;

import org.springframework.stereotype.Component;

/**
 * Who may change a unit: teachers of its owning or a co-owning provider. They edit, review,
 * publish, retire and export it; nobody else does, learners never.
 */
@Component
public class UnitPermissions {

	/** Whether the user may edit, publish, retire and export the unit. */
	public boolean mayEdit(User user, Unit unit) {
		return user != null && user.hasRole(Role.TEACHER) && user.getOrganisation() != null
				&& unit.isOwnedBy(user.getOrganisation());
	}

	/** Refuses with {@link NotAllowedException} unless the user may edit the unit. */
	public void checkEditor(User user, Unit unit) {
		if (user == null || !user.hasRole(Role.TEACHER)) {
			throw new NotAllowedException("Only teachers of a provider that owns unit " + unit.getId() + " may do this.");
		}
		if (!mayEdit(user, unit)) {
			throw new NotAllowedException("Unit " + unit.getId() + " belongs to " + unit.getProvider().getName()
					+ (unit.getCoProviders().isEmpty() ? "" : " and its co-providers")
					+ "; only their teachers may change it.");
		}
	}

	/** Refuses with {@link NotAllowedException} unless the user is a teacher of a provider. */
	public void checkTeacher(User user) {
		if (user == null || !user.hasRole(Role.TEACHER) || user.getOrganisation() == null) {
			throw new NotAllowedException("Only teachers of a provider may author units.");
		}
	}

}
