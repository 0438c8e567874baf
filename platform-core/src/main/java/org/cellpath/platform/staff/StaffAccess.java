package org.cellpath.platform.staff;

import org.cellpath.platform.identity.AccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Only provider admins see and add their provider's staff. */
@Component
class StaffAccess implements AccessRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/provider/staff", "/provider/staff/**", "/api/v1/provider/staff",
				"/api/v1/provider/staff/**")
			.hasRole("PROVIDER_ADMIN");
	}

}
