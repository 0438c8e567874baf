package org.cellpath.course.authoring;

import org.cellpath.platform.identity.AccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Teachers author and review; provider admins set their provider's review policy. Which units a
 * teacher may touch (those of their own provider and its partners) the course services decide.
 */
@Component
class AuthoringAccess implements AccessRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/teach/units", "/teach/units/**", "/teach/reviews", "/teach/reviews/**")
			.hasRole("TEACHER")
			.requestMatchers("/provider/review-policy")
			.hasRole("PROVIDER_ADMIN");
	}

}
