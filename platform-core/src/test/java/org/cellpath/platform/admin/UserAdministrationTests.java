package org.cellpath.platform.admin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cellpath.platform.TestUsers;
import org.cellpath.platform.TestWeb;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Region;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Platform admins create users and lift sign-in locks, on the page and through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class UserAdministrationTests {

	@Autowired
	TestUsers testUsers;

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	User admin;

	@BeforeEach
	void setUp() {
		this.admin = this.testUsers.user(Role.PLATFORM_ADMIN);
	}

	@Test
	void theApiCreatesATeacherOfAProviderAndNeverShowsThePasswordHash() throws Exception {
		Organisation provider = this.testUsers.organisation(OrganisationType.PROVIDER);
		String username = TestUsers.unique("new.teacher");
		Map<String, Object> body = newUser(username, List.of("TEACHER"));
		body.put("organisation", provider.getSlug());

		String response = this.mvc
			.perform(post("/api/v1/admin/users").header("Authorization", TestWeb.bearer(this.mvc, this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/admin/users/")))
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.roles[0]").value("TEACHER"))
			.andExpect(jsonPath("$.organisation.slug").value(provider.getSlug()))
			.andExpect(jsonPath("$.region").doesNotExist())
			.andExpect(jsonPath("$.locked").value(false))
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(response).doesNotContain("{bcrypt}").doesNotContain("a long enough password");
		User created = this.users.findByUsername(username).orElseThrow();
		assertThat(created.getRoles()).containsExactly(Role.TEACHER);
		assertThat(this.passwords.matches("a long enough password", created.getPasswordHash())).isTrue();
		this.mvc.perform(get("/api/v1/admin/users/" + created.getId()).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(username + "@example.org"));
	}

	@Test
	void theApiCreatesARegionCoordinatorWithTheirRegion() throws Exception {
		Region region = this.testUsers.region();
		String username = TestUsers.unique("coordinator");
		Map<String, Object> body = newUser(username, List.of("REGION_COORDINATOR"));
		body.put("region", region.getCode());

		this.mvc
			.perform(post("/api/v1/admin/users").with(asAdmin())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.region.code").value(region.getCode()));
	}

	@Test
	void theApiListsUsersInPages() throws Exception {
		this.mvc.perform(get("/api/v1/admin/users").param("size", "2").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].username").exists())
			.andExpect(jsonPath("$.items[0].passwordHash").doesNotExist())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(this.users.count()))
			.andExpect(jsonPath("$.totalPages").exists());
	}

	@Test
	void theApiFindsUsersByPartOfTheirUsernameNameOrEmail() throws Exception {
		User teacher = this.testUsers.user(Role.TEACHER);
		this.mvc.perform(get("/api/v1/admin/users").param("q", teacher.getUsername().toUpperCase()).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].username").value(teacher.getUsername()))
			.andExpect(jsonPath("$.items[0].organisation.slug").value(teacher.getOrganisation().getSlug()));
		this.mvc.perform(get("/api/v1/admin/users").param("q", "100%_!").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(get("/api/v1/admin/users").param("size", "500").with(asAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	static Stream<Arguments> invalidUsers() {
		return Stream.of(Arguments.of("username", "username", "No"), Arguments.of("username", "username", "$taken"),
				Arguments.of("displayName", "displayName", " "), Arguments.of("email", "email", "not-an-email"),
				Arguments.of("email", "email", "$takenEmail"), Arguments.of("password", "password", "too short"),
				Arguments.of("roles", "roles", List.of()), Arguments.of("roles", "roles", List.of("WIZARD")),
				Arguments.of("organisation", "organisation", "no-such-organisation"),
				Arguments.of("region", "region", "XX-NONE"),
				Arguments.of("organisation", "roles", List.of("TEACHER")),
				Arguments.of("organisation", "roles+organisation", "$employer"),
				Arguments.of("organisation", "roles:EMPLOYER+organisation", "$provider"),
				Arguments.of("region", "roles", List.of("REGION_COORDINATOR")),
				Arguments.of("region", "region", "$region"));
	}

	@ParameterizedTest(name = "{0} is named when {1} is {2}")
	@MethodSource("invalidUsers")
	void theApiRejectsAnInvalidUserAndStoresNothing(String field, String change, Object value) throws Exception {
		Map<String, Object> body = newUser(TestUsers.unique("someone"), List.of("LEARNER"));
		Object resolved = resolve(value);
		switch (change) {
			case "roles+organisation" -> {
				body.put("roles", List.of("TEACHER"));
				body.put("organisation", resolved);
			}
			case "roles:EMPLOYER+organisation" -> {
				body.put("roles", List.of("EMPLOYER"));
				body.put("organisation", resolved);
			}
			default -> body.put(change, resolved);
		}
		TestWeb.refusesJson(this.mvc, "/api/v1/admin/users", asAdmin(), this.json.writeValueAsString(body), field,
				this.users::count);
	}

	@Test
	void thePageCreatesAUser() throws Exception {
		Organisation employer = this.testUsers.organisation(OrganisationType.EMPLOYER);
		String username = TestUsers.unique("buyer");

		this.mvc
			.perform(post("/admin/users").with(asAdmin())
				.with(csrf())
				.param("username", username)
				.param("displayName", "Birgitta Buyer")
				.param("email", username + "@example.org")
				.param("password", "a long enough password")
				.param("roles", "EMPLOYER")
				.param("organisation", employer.getSlug())
				.param("region", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("created", username));

		User created = this.users.findByUsername(username).orElseThrow();
		assertThat(created.getRoles()).containsExactly(Role.EMPLOYER);
	}

	@Test
	void thePageShowsEachProblemNextToItsFieldAndKeepsWhatWasEntered() throws Exception {
		String username = TestUsers.unique("keep.me");
		long before = this.users.count();

		this.mvc
			.perform(post("/admin/users").with(asAdmin())
				.with(csrf())
				.param("username", username)
				.param("displayName", "Kept Name")
				.param("email", "not-an-email")
				.param("password", "secret-password-never-shown")
				.param("roles", "TEACHER"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/users"))
			.andExpect(model().attributeHasFieldErrors("form", "email"))
			.andExpect(content().string(containsString("Enter a valid email address.")))
			.andExpect(content().string(containsString("value=\"" + username + "\"")))
			.andExpect(content().string(containsString("value=\"Kept Name\"")))
			.andExpect(content().string(not(containsString("secret-password-never-shown"))));

		// Once the form is valid, the service's rules show up the same way.
		this.mvc
			.perform(post("/admin/users").with(asAdmin())
				.with(csrf())
				.param("username", username)
				.param("displayName", "Kept Name")
				.param("email", username + "@example.org")
				.param("password", "secret-password-never-shown")
				.param("roles", "TEACHER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "organisation", "user.organisation.provider"))
			.andExpect(content().string(containsString("Teachers and provider admins must belong to an education provider.")))
			.andExpect(content().string(containsString("checked=\"checked\"")));

		assertThat(this.users.count()).isEqualTo(before);
	}

	@Test
	void thePageSpeaksSwedishAndFinnish() throws Exception {
		this.mvc.perform(get("/admin/users").param("lang", "sv").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skapa en användare")));
		this.mvc.perform(get("/admin/users").param("lang", "fi").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Luo käyttäjä")));
	}

	@Test
	void unlockingLetsALockedOutPersonSignInAgain() throws Exception {
		User person = this.testUsers.user(Role.LEARNER);
		for (int i = 0; i < User.MAX_FAILED_SIGN_INS; i++) {
			this.mvc
				.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\":\"" + person.getUsername() + "\",\"password\":\"wrong guess\"}"))
				.andExpect(status().isUnauthorized());
		}
		assertThat(this.users.findById(person.getId()).orElseThrow().isLocked(Instant.now())).isTrue();
		this.mvc.perform(get("/admin/users").param("q", person.getUsername()).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Locked until ")))
			.andExpect(content().string(containsString("Unlock the account " + person.getUsername())));

		this.mvc.perform(post("/admin/users/" + person.getId() + "/unlock").with(asAdmin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("unlocked", person.getUsername()));

		User unlocked = this.users.findById(person.getId()).orElseThrow();
		assertThat(unlocked.isLocked(Instant.now())).isFalse();
		assertThat(unlocked.getFailedSignIns()).isZero();
		TestWeb.bearer(this.mvc, person);
	}

	@Test
	void theApiUnlocksAnAccount() throws Exception {
		User person = this.testUsers.user(Role.LEARNER);
		User stored = this.users.findById(person.getId()).orElseThrow();
		for (int i = 0; i < User.MAX_FAILED_SIGN_INS; i++) {
			stored.signInFailed(Instant.now());
		}
		this.users.save(stored);

		this.mvc.perform(post("/api/v1/admin/users/" + person.getId() + "/unlock").with(asAdmin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locked").value(false))
			.andExpect(jsonPath("$.failedSignIns").value(0));
		assertThat(this.users.findById(person.getId()).orElseThrow().isLocked(Instant.now())).isFalse();
		this.mvc.perform(post("/api/v1/admin/users/999999999/unlock").with(asAdmin()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyPlatformAdminsAdministerUsers() throws Exception {
		User teacher = this.testUsers.user(Role.TEACHER);
		this.mvc.perform(get("/admin/users").with(user(teacher.getUsername()).roles("TEACHER")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/" + teacher.getId() + "/unlock").with(user(teacher.getUsername()).roles("TEACHER"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/admin/users").header("Authorization", TestWeb.bearer(this.mvc, teacher)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/admin/users")).andExpect(status().isUnauthorized());
	}

	private RequestPostProcessor asAdmin() {
		return user(this.admin.getUsername()).roles("PLATFORM_ADMIN");
	}

	private Map<String, Object> newUser(String username, List<String> roles) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("displayName", "Test Person");
		body.put("email", username + "@example.org");
		body.put("password", "a long enough password");
		body.put("roles", roles);
		return body;
	}

	private Object resolve(Object value) {
		if (!(value instanceof String text) || !text.startsWith("$")) {
			return value;
		}
		return switch (text) {
			case "$taken" -> this.admin.getUsername();
			case "$takenEmail" -> this.admin.getEmail();
			case "$employer" -> this.testUsers.organisation(OrganisationType.EMPLOYER).getSlug();
			case "$provider" -> this.testUsers.organisation(OrganisationType.PROVIDER).getSlug();
			case "$region" -> this.testUsers.region().getCode();
			default -> throw new IllegalArgumentException(text);
		};
	}

}
