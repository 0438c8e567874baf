package org.cellpath.platform.demand;

import org.cellpath.platform.identity.AccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Only employers state their skill needs. */
@Component
class DemandAccess implements AccessRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/employer/demand", "/employer/demand/**", "/api/v1/employer/demand",
				"/api/v1/employer/demand/**")
			.hasRole("EMPLOYER");
	}

}
