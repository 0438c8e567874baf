package org.cellpath.platform.learning.sharing;

import org.cellpath.platform.identity.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Learners manage their own links; a shared record is open to anyone with its link; holding it
 * against an occupation through the API is for employers (the page offers it to them too).
 */
@Component
class SharingAccess implements AccessRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/me/shares", "/me/shares/**", "/api/v1/me/shares", "/api/v1/me/shares/**")
			.hasRole("LEARNER");
		paths.requestMatchers(HttpMethod.GET, "/api/v1/shared/*/coverage").hasRole("EMPLOYER");
		paths.requestMatchers(HttpMethod.GET, "/shared/*", "/api/v1/shared/*").permitAll();
	}

}
