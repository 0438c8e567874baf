package org.cellpath.platform.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Issues the short-lived signed tokens that scripts use on the API. */
public class ApiTokens {

	static final String ISSUER = "cellpath";

	static final String ROLES_CLAIM = "roles";

	private final JwtEncoder encoder;

	private final TokenSettings settings;

	private final Clock clock;

	ApiTokens(JwtEncoder encoder, TokenSettings settings, Clock clock) {
		this.encoder = encoder;
		this.settings = settings;
		this.clock = clock;
	}

	/** A token for someone who has just proven who they are. */
	public IssuedToken issue(Authentication authentication) {
		Instant now = this.clock.instant();
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.sorted()
			.toList();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(authentication.getName())
			.issuedAt(now)
			.expiresAt(now.plus(this.settings.lifetime()))
			.claim(ROLES_CLAIM, roles)
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new IssuedToken(token, "Bearer", this.settings.lifetime().toSeconds());
	}

	/** What {@code POST /api/v1/auth/token} answers. */
	public record IssuedToken(String accessToken, String tokenType, long expiresIn) {
	}

}
