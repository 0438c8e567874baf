package org.cellpath.platform.web;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cellpath.platform.identity.LocalePreferences;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Keeps the chosen language in a cookie and, for a signed-in person, in their account, so that it
 * follows them to another browser. Without a choice, the browser's preferred supported language
 * wins, then English.
 */
class UserLocaleResolver extends CookieLocaleResolver {

	private final LocalePreferences preferences;

	UserLocaleResolver(LocalePreferences preferences) {
		super("cellpath-lang");
		this.preferences = preferences;
		setCookieMaxAge(java.time.Duration.ofDays(365));
		setDefaultLocaleFunction(UserLocaleResolver::fromBrowser);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale supported = Languages.supported(locale);
		super.setLocale(request, response, supported);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (supported != null && authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			this.preferences.remember(authentication.getName(), supported);
		}
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		for (Locale requested : Collections.list(request.getLocales())) {
			Locale supported = Languages.supported(requested);
			if (supported != null) {
				return supported;
			}
		}
		return Languages.ENGLISH;
	}

}
