package org.cellpath.platform.identity;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks people up for Spring Security when they sign in with a username and password. */
@Service
class Accounts implements UserDetailsService {

	private final Users users;

	private final Clock clock;

	Accounts(Users users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		// An erased account has a random username and no password; refuse it all the same.
		User user = this.users.findByUsername(username)
			.filter((found) -> !found.isErased())
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		Set<GrantedAuthority> authorities = user.getRoles()
			.stream()
			.map(Role::authority)
			.collect(Collectors.toSet());
		return org.springframework.security.core.userdetails.User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.authorities(authorities)
			.accountLocked(user.isLocked(this.clock.instant()))
			.disabled(!user.isEnabled())
			.build();
	}

}
