package org.cellpath.platform.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins with a password and locks an account after too many in a row, so that
 * a password cannot be guessed by trying. A successful sign-in resets the count.
 */
@Component
class SignInAttempts {

	private final Users users;

	private final Clock clock;

	SignInAttempts(Users users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.users.findByUsername(event.getAuthentication().getName())
			.ifPresent((user) -> user.signInFailed(this.clock.instant()));
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			this.users.findByUsername(event.getAuthentication().getName()).ifPresent(User::signedIn);
		}
	}

}
