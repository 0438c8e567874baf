package org.cellpath.platform.region;

import org.cellpath.platform.identity.AccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Only region coordinators see their region's overview. */
@Component
class RegionAccess implements AccessRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/region", "/region/**", "/api/v1/region", "/api/v1/region/**")
			.hasRole("REGION_COORDINATOR");
	}

}
