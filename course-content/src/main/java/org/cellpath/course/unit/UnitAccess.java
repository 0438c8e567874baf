package org.cellpath.course.unit;

import org.cellpath.platform.identity.AccessRules;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the units API. Reading published units is public; authoring needs a teacher (which
 * teacher may change which unit is the service's decision); taking units needs a learner. The
 * specific paths come before the public {@code GET /api/v1/units/*}, which would match them too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class UnitAccess implements AccessRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers(HttpMethod.GET, "/api/v1/units/export", "/api/v1/units/*/export")
			.hasRole("TEACHER")
			.requestMatchers(HttpMethod.GET, "/api/v1/units/*/progress")
			.hasRole("LEARNER")
			.requestMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/*", "/api/v1/units/*/attachments/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/units/*/attempts", "/api/v1/units/*/progress")
			.hasRole("LEARNER")
			.requestMatchers(HttpMethod.POST, "/api/v1/units", "/api/v1/units/*/submit", "/api/v1/units/*/approve",
					"/api/v1/units/*/return", "/api/v1/units/*/publish", "/api/v1/units/*/retire")
			.hasRole("TEACHER")
			.requestMatchers(HttpMethod.PUT, "/api/v1/units/*/draft")
			.hasRole("TEACHER")
			.requestMatchers("/api/v1/authoring/**")
			.hasAnyRole("TEACHER", "PROVIDER_ADMIN");
	}

}
