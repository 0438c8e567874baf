package org.cellpath.platform.privacy;

import org.cellpath.platform.identity.AccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Only learners download or erase their own data; nobody else, platform admins included, reaches
 * another person's export.
 */
@Component
class PrivacyAccess implements AccessRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/me/data", "/me/data/**", "/api/v1/me/personal-data", "/api/v1/me/transcript.pdf")
			.hasRole("LEARNER");
	}

}
