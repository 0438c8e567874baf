package org.cellpath.platform.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a person does on Cellpath. A user may hold several roles. */
public enum Role {

	LEARNER, TEACHER, PROVIDER_ADMIN, EMPLOYER, REGION_COORDINATOR, PLATFORM_ADMIN;

	/** The Spring Security authority for this role, e.g. {@code ROLE_TEACHER}. */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	/** The key of this role's name in the message bundles. */
	public String messageKey() {
		return "role." + name();
	}

}
