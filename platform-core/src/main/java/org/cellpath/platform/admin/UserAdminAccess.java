package org.cellpath.platform.admin;

import org.cellpath.platform.identity.AccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Only platform admins administer users. */
@Component
class UserAdminAccess implements AccessRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/admin/users", "/admin/users/**", "/api/v1/admin/users", "/api/v1/admin/users/**")
			.hasRole("PLATFORM_ADMIN");
	}

}
