package org.cellpath.platform.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class TokenController {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	TokenController(AuthenticationManager authentication, ApiTokens tokens) {
		this.authentication = authentication;
		this.tokens = tokens;
	}

	@PostMapping("/api/v1/auth/token")
	@Operation(summary = "Exchange a username and password for a short-lived bearer token")
	ResponseEntity<?> token(@Valid @RequestBody Credentials credentials) {
		try {
			Authentication authenticated = this.authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(),
						credentials.password()));
			return ResponseEntity.ok(this.tokens.issue(authenticated));
		}
		catch (LockedException ex) {
			return problem("This account is locked after too many failed sign-ins. Try again in "
					+ User.LOCK_DURATION.toMinutes() + " minutes.");
		}
		catch (AuthenticationException ex) {
			return problem("Wrong username or password.");
		}
	}

	private static ResponseEntity<ProblemDetail> problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setTitle("Sign-in failed");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
	}

	record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
	}

}
