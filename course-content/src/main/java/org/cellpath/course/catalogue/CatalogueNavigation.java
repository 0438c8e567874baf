package org.cellpath.course.catalogue;

import org.cellpath.platform.web.NavigationLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue comes first in everyone's navigation, signed in or not. */
@Configuration(proxyBeanMethods = false)
class CatalogueNavigation {

	@Bean
	NavigationLink catalogueLink() {
		return NavigationLink.forEveryone(10, "/units", "catalogue.nav.units");
	}

}
