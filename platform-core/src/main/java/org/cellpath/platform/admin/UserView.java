package org.cellpath.platform.admin;

import java.time.Instant;
import java.util.List;

import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.Region;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;

/**
 * A user as the API shows them to those who administer accounts; never with the password hash.
 * Build it where the user's organisation and region are loaded.
 *
 * @param id the user's id
 * @param username what they sign in with
 * @param displayName their name
 * @param email their email address
 * @param roles their roles, in the order of {@link Role}
 * @param organisation the organisation they work for, or null
 * @param region the region they coordinate, or null
 * @param locked whether sign-in is locked after too many failed attempts
 * @param lockedUntil when the lock runs out, or null
 * @param failedSignIns failed sign-ins in a row since the last success
 * @param createdAt when the account was made
 */
public record UserView(long id, String username, String displayName, String email, List<Role> roles,
		OrganisationRef organisation, RegionRef region, boolean locked, Instant lockedUntil, int failedSignIns,
		Instant createdAt) {

	public static UserView of(User user, Instant now) {
		boolean locked = user.isLocked(now);
		return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
				user.getRoles().stream().sorted().toList(), OrganisationRef.of(user.getOrganisation()),
				RegionRef.of(user.getRegion()), locked, locked ? user.getLockedUntil() : null, user.getFailedSignIns(),
				user.getCreatedAt());
	}

	/** An organisation named by its slug. */
	public record OrganisationRef(String slug, String name) {

		static OrganisationRef of(Organisation organisation) {
			return (organisation != null) ? new OrganisationRef(organisation.getSlug(), organisation.getName()) : null;
		}

	}

	/** A region named by its code. */
	public record RegionRef(String code, String name) {

		static RegionRef of(Region region) {
			return (region != null) ? new RegionRef(region.getCode(), region.getName()) : null;
		}

	}

}
