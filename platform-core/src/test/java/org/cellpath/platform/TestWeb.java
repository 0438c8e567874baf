package org.cellpath.platform;

import com.jayway.jsonpath.JsonPath;

import org.cellpath.platform.identity.User;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * MockMvc on the application context the tests already share, so that web tests need no context
 * of their own.
 */
public final class TestWeb {

	private TestWeb() {
	}

	/** MockMvc with Spring Security's filters, as a browser or script meets them. */
	public static MockMvc mockMvc(WebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
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
