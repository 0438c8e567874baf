package org.cellpath.course.unit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The units API is described in the OpenAPI document. */
@SpringBootTest
@AutoConfigureMockMvc
class UnitsOpenApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theOpenApiDocumentDescribesTheUnitsApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/units'].get", notNullValue()))
			.andExpect(jsonPath("$.paths['/api/v1/units'].post", notNullValue()))
			.andExpect(jsonPath("$.paths['/api/v1/units/{id}'].get", notNullValue()))
			.andExpect(jsonPath("$.paths['/api/v1/units/{id}/draft'].put", notNullValue()))
			.andExpect(jsonPath("$.paths['/api/v1/units/{id}/export'].get", notNullValue()))
			.andExpect(jsonPath("$.paths['/api/v1/units/{id}/publish'].post", notNullValue()))
			.andExpect(jsonPath("$.paths['/api/v1/units/{id}/attempts'].post", notNullValue()));
	}

}
