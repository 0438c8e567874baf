package org.cellpath.platform.framework;

import org.cellpath.platform.identity.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Anyone reads the framework; teachers and platform admins edit it. */
@Component
class FrameworkAccess implements AccessRules {

	private static final String[] EDITORS = { "TEACHER", "PLATFORM_ADMIN" };

	@Override
	public void apply(
			org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/outcomes/new", "/outcomes/*/edit", "/occupations/new", "/occupations/*/edit", "/skills",
				"/skills/**")
			.hasAnyRole(EDITORS)
			.requestMatchers(HttpMethod.POST, "/outcomes", "/outcomes/*", "/occupations", "/occupations/*")
			.hasAnyRole(EDITORS)
			.requestMatchers(HttpMethod.GET, "/outcomes", "/outcomes/*", "/occupations", "/occupations/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/outcomes", "/api/v1/outcomes/*", "/api/v1/occupations",
					"/api/v1/occupations/*", "/api/v1/skills")
			.permitAll()
			.requestMatchers("/api/v1/outcomes/**", "/api/v1/occupations/**", "/api/v1/skills/**")
			.hasAnyRole(EDITORS);
	}

}
