package org.cellpath.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API describes itself, and the description can be browsed, without signing in. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theOpenApiDescriptionListsThePublicApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(startsWith("3.")))
			.andExpect(jsonPath("$.paths['/api/v1/auth/token'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/outcomes'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/occupations'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/users'].get").exists())
			.andExpect(jsonPath("$.components.securitySchemes").exists());
	}

	@Test
	void theApiCanBeBrowsed() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("swagger-ui")));
	}

}
