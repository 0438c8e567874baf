package org.cellpath.platform;

import java.util.function.LongSupplier;

import com.jayway.jsonpath.JsonPath;

import org.cellpath.platform.identity.User;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What web tests share: bearer tokens and the check that the API refuses bad input. */
public final class TestWeb {

	private TestWeb() {
	}

	/**
	 * Posts JSON to the API and expects it refused: a 400 problem document that names the field,
	 * with nothing stored, as {@code stored} counts it before and after.
	 */
	public static void refusesJson(MockMvc mvc, String path, RequestPostProcessor who, String json, String field,
			LongSupplier stored) throws Exception {
		long before = stored.getAsLong();
		mvc.perform(post(path).with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		assertThat(stored.getAsLong()).as("stored after a refused request").isEqualTo(before);
	}

	/** A bearer token for a user made by {@link TestUsers}, from {@code POST /api/v1/auth/token}. */
	public static String bearer(MockMvc mvc, User user) throws Exception {
		String body = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + user.getUsername() + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return "Bearer " + JsonPath.read(body, "$.accessToken");
	}

}
