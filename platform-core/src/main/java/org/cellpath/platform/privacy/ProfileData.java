package org.cellpath.platform.privacy;

import java.time.Instant;
import java.util.List;

import org.cellpath.platform.identity.ErasedAccounts;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.learning.PersonalData;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account itself: username, name, email, language, roles, organisation, region and dates;
 * never the password hash. Erasing anonymises the account (see {@link ErasedAccounts}); it runs
 * after every other holder, since their data may refer to the account.
 */
@Component
class ProfileData implements PersonalData {

	private final Users users;

	private final ErasedAccounts erasedAccounts;

	ProfileData(Users users, ErasedAccounts erasedAccounts) {
		this.users = users;
		this.erasedAccounts = erasedAccounts;
	}

	@Override
	public String name() {
		return "profile";
	}

	@Override
	@Transactional(readOnly = true)
	public Profile export(long userId) {
		User user = this.users.findWithPlacesById(userId).orElseThrow();
		return new Profile(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
				(user.getLocale() != null) ? user.getLocale().toLanguageTag() : null,
				user.getRoles().stream().sorted().toList(),
				(user.getOrganisation() != null)
						? new Place(user.getOrganisation().getSlug(), user.getOrganisation().getName()) : null,
				(user.getRegion() != null) ? new Place(user.getRegion().getCode(), user.getRegion().getName()) : null,
				user.getCreatedAt(), user.getFailedSignIns(), user.getLockedUntil());
	}

	@Override
	@Transactional
	public void erase(long userId) {
		this.erasedAccounts.anonymise(userId);
	}

	@Override
	public List<String> retainedAfterErasure() {
		return List.of("privacy.retained.account", "privacy.retained.username");
	}

	/**
	 * The account as its owner sees it.
	 * @param accountNumber the account's id, which issued credentials and other records refer to
	 * @param language the language chosen for pages (BCP 47), or null
	 * @param failedSignIns failed sign-ins in a row since the last success
	 * @param lockedUntil when a lock after too many failed sign-ins runs out, or null
	 */
	record Profile(long accountNumber, String username, String displayName, String email, String language,
			List<Role> roles, Place organisation, Place region, Instant createdAt, int failedSignIns,
			Instant lockedUntil) {
	}

	/** An organisation or region, by its code and name. */
	record Place(String code, String name) {
	}

}
