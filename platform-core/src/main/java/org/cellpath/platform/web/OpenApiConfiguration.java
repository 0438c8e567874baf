package org.cellpath.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI description says about Cellpath as a whole: what it is and how a caller signs
 * in (a bearer token from {@code POST /api/v1/auth/token}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	@Bean
	OpenAPI cellpathOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Cellpath API")
				.version("v1")
				.description("Learning outcomes, occupations, learning accounts and credentials for the battery "
						+ "industry's workforce. Read endpoints of the framework are public; everything else needs "
						+ "a bearer token from POST /api/v1/auth/token (or a signed-in browser session with its "
						+ "CSRF token). Errors are RFC 9457 problem documents; invalid input lists every problem "
						+ "under `errors`."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("A token from POST /api/v1/auth/token; it expires after a few minutes.")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
