package org.cellpath.course.authoring;

import org.cellpath.platform.web.NavigationLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where teachers and provider admins find authoring in the main navigation. */
@Configuration(proxyBeanMethods = false)
class AuthoringNavigation {

	@Bean
	NavigationLink teachUnitsLink() {
		return NavigationLink.forRoles(100, "/teach/units", "authoring.nav.units", "TEACHER");
	}

	@Bean
	NavigationLink reviewPolicyLink() {
		return NavigationLink.forRoles(220, "/provider/review-policy", "authoring.nav.reviewPolicy", "PROVIDER_ADMIN");
	}

}
