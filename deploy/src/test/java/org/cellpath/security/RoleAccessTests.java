package org.cellpath.security;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * For a page and an API endpoint of each role: the roles it is for get in, every other role gets
 * 403, and someone signed out is sent to sign in (pages) or gets 401 (API).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	private final Map<Role, User> users = new EnumMap<>(Role.class);

	@BeforeAll
	void oneUserPerRole() {
		for (Role role : Role.values()) {
			this.users.put(role, this.testUsers.user(role));
		}
	}

	static Stream<Arguments> endpoints() {
		return Stream.of(
				Arguments.of("learning account page", get("/me/learning"), EnumSet.of(Role.LEARNER), true),
				Arguments.of("learning account API", get("/api/v1/me/learning-account"), EnumSet.of(Role.LEARNER), false),
				Arguments.of("your data page", get("/me/data"), EnumSet.of(Role.LEARNER), true),
				Arguments.of("personal data API", get("/api/v1/me/personal-data"), EnumSet.of(Role.LEARNER), false),
				Arguments.of("transcript API", get("/api/v1/me/transcript.pdf"), EnumSet.of(Role.LEARNER), false),
				Arguments.of("new outcome page", get("/outcomes/new"), EnumSet.of(Role.TEACHER, Role.PLATFORM_ADMIN), true),
				Arguments.of("create skill API",
						post("/api/v1/skills").contentType(MediaType.APPLICATION_JSON).content("{}"),
						EnumSet.of(Role.TEACHER, Role.PLATFORM_ADMIN), false),
				Arguments.of("staff page", get("/provider/staff"), EnumSet.of(Role.PROVIDER_ADMIN), true),
				Arguments.of("staff API", get("/api/v1/provider/staff"), EnumSet.of(Role.PROVIDER_ADMIN), false),
				Arguments.of("skill needs page", get("/employer/demand"), EnumSet.of(Role.EMPLOYER), true),
				Arguments.of("skill needs API", get("/api/v1/employer/demand"), EnumSet.of(Role.EMPLOYER), false),
				Arguments.of("region page", get("/region"), EnumSet.of(Role.REGION_COORDINATOR), true),
				Arguments.of("region API", get("/api/v1/region/overview"), EnumSet.of(Role.REGION_COORDINATOR), false),
				Arguments.of("users page", get("/admin/users"), EnumSet.of(Role.PLATFORM_ADMIN), true),
				Arguments.of("users API", get("/api/v1/admin/users"), EnumSet.of(Role.PLATFORM_ADMIN), false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void onlyItsRolesGetIn(String name, MockHttpServletRequestBuilder request, Set<Role> allowed, boolean page)
			throws Exception {
		for (Role role : Role.values()) {
			User user = this.users.get(role);
			int status = this.mvc
				.perform(request.with(user(user.getUsername()).roles(role.name())).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			if (allowed.contains(role)) {
				assertThat(status).as("%s for %s", name, role).isNotIn(401, 403).isLessThan(500);
			}
			else {
				assertThat(status).as("%s for %s", name, role).isEqualTo(403);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void someoneSignedOutIsSentToSignInOrRefused(String name, MockHttpServletRequestBuilder request, Set<Role> allowed,
			boolean page) throws Exception {
		var response = this.mvc.perform(request.with(csrf())).andReturn().getResponse();
		if (page) {
			assertThat(response.getStatus()).as(name).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(name).endsWith("/login");
		}
		else {
			assertThat(response.getStatus()).as(name).isEqualTo(401);
			assertThat(response.getContentType()).as(name).startsWith("application/problem+json");
		}
	}

}
