package org.cellpath.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cellpath.platform.identity.LocalePreferences;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** After sign-in: switch to the language the person chose before, then go where they were headed. */
@Component
class SignedInHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LocalePreferences preferences;

	private final LocaleResolver locales;

	SignedInHandler(LocalePreferences preferences, LocaleResolver locales) {
		this.preferences = preferences;
		this.locales = locales;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		Locale chosen = this.preferences.of(authentication.getName());
		if (chosen != null) {
			this.locales.setLocale(request, response, chosen);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
