package org.cellpath.platform.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sign-in and access for pages and the API. Pages use form login with a session and CSRF
 * tokens; the API takes the same session or a bearer token from {@code /api/v1/auth/token}.
 * Each module states who may open its paths through {@link AccessRules} beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenSettings.class)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService accounts, PasswordEncoder passwordEncoder,
			AuthenticationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	SecretKey apiTokenKey(TokenSettings settings) {
		byte[] key;
		if (settings.secret() == null || settings.secret().isBlank()) {
			key = new byte[32];
			new SecureRandom().nextBytes(key);
			log.info("No cellpath.security.tokens.secret configured: API tokens are signed with a random key "
					+ "and end when this process stops");
		}
		else {
			key = Base64.getDecoder().decode(settings.secret().trim());
			if (key.length < 32) {
				throw new IllegalStateException("cellpath.security.tokens.secret must be at least 32 bytes (base64)");
			}
		}
		return new SecretKeySpec(key, "HmacSHA256");
	}

	@Bean
	JwtEncoder apiTokenEncoder(SecretKey apiTokenKey) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(apiTokenKey));
	}

	@Bean
	JwtDecoder apiTokenDecoder(SecretKey apiTokenKey) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(apiTokenKey).macAlgorithm(MacAlgorithm.HS256).build();
		// No clock skew: one process signs and checks.
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(Duration.ZERO),
				new JwtIssuerValidator(ApiTokens.ISSUER)));
		return decoder;
	}

	@Bean
	ApiTokens apiTokens(JwtEncoder apiTokenEncoder, TokenSettings settings, Clock clock) {
		return new ApiTokens(apiTokenEncoder, settings, clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, List<AccessRules> rules, Users users) throws Exception {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName(ApiTokens.ROLES_CLAIM);
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
		tokens.setJwtGrantedAuthoritiesConverter(roles);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((paths) -> {
				paths.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll();
				rules.forEach((rule) -> rule.apply(paths));
				paths.anyRequest().authenticated();
			})
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint(SecurityConfiguration::unauthorizedProblem)
				.accessDeniedHandler((request, response, denied) -> problem(response, HttpStatus.FORBIDDEN,
						"Your role does not allow this request.")))
			// Scripts with a bearer token need no CSRF token; a browser session still does.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(SecurityConfiguration::hasBearerToken,
					(request) -> "/api/v1/auth/token".equals(request.getRequestURI())))
			.addFilterBefore(new RetiredSignIns(users), AuthorizationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(SecurityConfiguration::unauthorizedProblem)
				.accessDeniedHandler((request, response, denied) -> problem(response, HttpStatus.FORBIDDEN,
						"Your role does not allow this request, or its CSRF token is missing.")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, List<AccessRules> rules,
			AuthenticationSuccessHandler signedIn, Users users) throws Exception {
		http.authorizeHttpRequests((paths) -> {
			paths.requestMatchers("/", "/login", "/error", "/error/**", "/css/**", "/images/**", "/js/**",
					"/webjars/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
					"/swagger-ui/**", "/actuator/health")
				.permitAll();
			rules.forEach((rule) -> rule.apply(paths));
			paths.anyRequest().authenticated();
		})
			.formLogin((login) -> login.loginPage("/login")
				.successHandler(signedIn)
				.failureHandler(signInFailed())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.addFilterBefore(new RetiredSignIns(users), AuthorizationFilter.class);
		return http.build();
	}

	private static AuthenticationFailureHandler signInFailed() {
		return (request, response, exception) -> response.sendRedirect(request.getContextPath()
				+ ((exception instanceof LockedException) ? "/login?locked" : "/login?error"));
	}

	private static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	private static void unauthorizedProblem(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		problem(response, HttpStatus.UNAUTHORIZED,
				"Sign in or send a valid bearer token from POST /api/v1/auth/token. The token may have expired.");
	}

	static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String body = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
				+ status.value() + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}";
		response.getWriter().write(body);
	}

}
