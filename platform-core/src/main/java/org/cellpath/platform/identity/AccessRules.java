package org.cellpath.platform.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may open which paths. Each module declares its own rules as a bean; the platform applies
 * them all, and anything no rule names needs a signed-in user.
 */
@FunctionalInterface
public interface AccessRules {

	void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths);

}
