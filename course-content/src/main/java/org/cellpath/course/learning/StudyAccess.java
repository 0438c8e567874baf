package org.cellpath.course.learning;

import org.cellpath.platform.identity.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone browses the catalogue and reads about a unit; taking a unit, its assessment and its
 * results belong to learners. A signed-out visitor who follows a start link signs in first and
 * comes back to the unit.
 */
@Component
class StudyAccess implements AccessRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/units/*/learn", "/units/*/learn/**", "/units/*/assessment", "/units/*/attempts",
				"/units/*/attempts/**")
			.hasRole("LEARNER")
			.requestMatchers(HttpMethod.GET, "/units", "/units/*")
			.permitAll();
	}

}
