package org.cellpath.platform.web;

import java.util.Set;

/**
 * One entry of the main navigation. Every module declares its own entries as beans, so the layout
 * in platform-core names only what the running application has, in the module's own words.
 *
 * @param order where it stands, lowest first
 * @param path the path it links to, e.g. {@code /teach/units}
 * @param messageCode the message that names it, from the declaring module's bundle
 * @param roles the roles (without the {@code ROLE_} prefix) that see it; empty for everyone
 */
public record NavigationLink(int order, String path, String messageCode, Set<String> roles) {

	public NavigationLink {
		roles = Set.copyOf(roles);
	}

	/** An entry everyone sees, signed in or not. */
	public static NavigationLink forEveryone(int order, String path, String messageCode) {
		return new NavigationLink(order, path, messageCode, Set.of());
	}

	/** An entry for users with any of the given roles. */
	public static NavigationLink forRoles(int order, String path, String messageCode, String... roles) {
		return new NavigationLink(order, path, messageCode, Set.of(roles));
	}

}
