package org.cellpath.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform core's own entries of the main navigation (other modules add theirs). */
@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

	@Bean
	NavigationLink outcomesLink() {
		return NavigationLink.forEveryone(20, "/outcomes", "nav.outcomes");
	}

	@Bean
	NavigationLink occupationsLink() {
		return NavigationLink.forEveryone(30, "/occupations", "nav.occupations");
	}

	@Bean
	NavigationLink learningLink() {
		return NavigationLink.forRoles(40, "/me/learning", "nav.learning", "LEARNER");
	}

	@Bean
	NavigationLink sharesLink() {
		return NavigationLink.forRoles(50, "/me/shares", "sharing.nav", "LEARNER");
	}

	@Bean
	NavigationLink priorLearningLink() {
		return NavigationLink.forRoles(60, "/me/prior-learning", "claims.nav.priorLearning", "LEARNER");
	}

	@Bean
	NavigationLink assessClaimsLink() {
		return NavigationLink.forRoles(110, "/assess/claims", "claims.nav.assess", "TEACHER");
	}

	@Bean
	NavigationLink workBasedLink() {
		return NavigationLink.forRoles(120, "/assess/work-based", "claims.nav.workBased", "TEACHER");
	}

	@Bean
	NavigationLink skillsLink() {
		return NavigationLink.forRoles(130, "/skills", "nav.skills", "TEACHER", "PLATFORM_ADMIN");
	}

	@Bean
	NavigationLink staffLink() {
		return NavigationLink.forRoles(210, "/provider/staff", "nav.staff", "PROVIDER_ADMIN");
	}

	@Bean
	NavigationLink demandLink() {
		return NavigationLink.forRoles(310, "/employer/demand", "nav.demand", "EMPLOYER");
	}

	@Bean
	NavigationLink regionLink() {
		return NavigationLink.forRoles(410, "/region", "nav.region", "REGION_COORDINATOR");
	}

	@Bean
	NavigationLink usersLink() {
		return NavigationLink.forRoles(510, "/admin/users", "nav.users", "PLATFORM_ADMIN");
	}

}
