package org.cellpath.platform.identity;

import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The language each person chose, remembered in their account. */
@Service
public class LocalePreferences {

	private final Users users;

	LocalePreferences(Users users) {
		this.users = users;
	}

	@Transactional(readOnly = true)
	public Locale of(String username) {
		return this.users.findByUsername(username).map(User::getLocale).orElse(null);
	}

	@Transactional
	public void remember(String username, Locale locale) {
		this.users.findByUsername(username)
			.filter((user) -> !Objects.equals(user.getLocale(), locale))
			.ifPresent((user) -> user.chooseLocale(locale));
	}

}
