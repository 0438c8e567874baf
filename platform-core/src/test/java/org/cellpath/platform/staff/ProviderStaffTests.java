package org.cellpath.platform.staff;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cellpath.platform.TestUsers;
import org.cellpath.platform.TestWeb;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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

/** Provider admins see their own provider's staff and add teachers to it. */
@SpringBootTest
@AutoConfigureMockMvc
class ProviderStaffTests {

	@Autowired
	TestUsers testUsers;

	@Autowired
	Users users;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	User admin;

	@BeforeEach
	void setUp() {
		this.admin = this.testUsers.user(Role.PROVIDER_ADMIN);
	}

	@Test
	void thePageListsOnlyTheStaffOfTheAdminsOwnProvider() throws Exception {
		User colleague = this.testUsers.user(Role.TEACHER, this.admin.getOrganisation());
		User learnerThere = this.testUsers.user(Role.LEARNER, this.admin.getOrganisation());
		User elsewhere = this.testUsers.user(Role.TEACHER);

		this.mvc.perform(get("/provider/staff").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.admin.getOrganisation().getName())))
			.andExpect(content().string(containsString(colleague.getUsername())))
			.andExpect(content().string(containsString(this.admin.getUsername())))
			.andExpect(content().string(not(containsString(learnerThere.getUsername()))))
			.andExpect(content().string(not(containsString(elsewhere.getUsername()))));
	}

	@Test
	void theApiListsTheStaffInPages() throws Exception {
		User colleague = this.testUsers.user(Role.TEACHER, this.admin.getOrganisation());
		this.mvc.perform(get("/api/v1/provider/staff").header("Authorization", TestWeb.bearer(this.mvc, this.admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[*].username", hasItem(colleague.getUsername())))
			.andExpect(jsonPath("$.items[0].passwordHash").doesNotExist())
			.andExpect(jsonPath("$.page").value(0));
	}

	@Test
	void theApiAddsATeacherToTheAdminsProvider() throws Exception {
		String username = TestUsers.unique("new.teacher");

		String location = this.mvc
			.perform(post("/api/v1/provider/staff").header("Authorization", TestWeb.bearer(this.mvc, this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(teacher(username))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roles[0]").value("TEACHER"))
			.andExpect(jsonPath("$.roles.length()").value(1))
			.andExpect(jsonPath("$.organisation.slug").value(this.admin.getOrganisation().getSlug()))
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andExpect(header().exists("Location"))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		assertThat(this.users.findByUsername(username).orElseThrow().getRoles()).containsExactly(Role.TEACHER);
		this.mvc.perform(get(location).with(asAdmin())).andExpect(status().isOk());
		User other = this.testUsers.user(Role.TEACHER);
		this.mvc.perform(get("/api/v1/provider/staff/" + other.getId()).with(asAdmin()))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest(name = "{0} is named when it is ''{1}''")
	@CsvSource({ "username, X", "username, $taken", "displayName, ''", "email, nobody-at-example", "email, $takenEmail",
			"password, short" })
	void theApiRejectsAnInvalidTeacherAndStoresNothing(String field, String value) throws Exception {
		Map<String, Object> body = teacher(TestUsers.unique("teacher"));
		body.put(field, switch (value) {
			case "$taken" -> this.admin.getUsername();
			case "$takenEmail" -> this.admin.getEmail();
			default -> value;
		});
		TestWeb.refusesJson(this.mvc, "/api/v1/provider/staff", asAdmin(), this.json.writeValueAsString(body), field,
				this.users::count);
	}

	@Test
	void aProviderAdminWithoutAProviderIsToldSo() throws Exception {
		User orphan = this.testUsers.user(Role.PROVIDER_ADMIN, null);
		RequestPostProcessor asOrphan = user(orphan.getUsername()).roles("PROVIDER_ADMIN");
		long before = this.users.count();

		this.mvc.perform(get("/provider/staff").with(asOrphan))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account does not belong to an education provider")));
		this.mvc
			.perform(post("/provider/staff").with(asOrphan)
				.with(csrf())
				.param("username", TestUsers.unique("teacher"))
				.param("displayName", "Someone")
				.param("email", TestUsers.unique("t") + "@example.org")
				.param("password", "a long enough password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account does not belong to an education provider")));
		this.mvc.perform(get("/api/v1/provider/staff").with(asOrphan))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisation"))
			.andExpect(jsonPath("$.detail", containsString("no education provider")));
		this.mvc
			.perform(post("/api/v1/provider/staff").with(asOrphan)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(teacher(TestUsers.unique("teacher")))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisation"));

		assertThat(this.users.count()).isEqualTo(before);
	}

	@Test
	void thePageAddsATeacher() throws Exception {
		String username = TestUsers.unique("page.teacher");

		this.mvc
			.perform(post("/provider/staff").with(asAdmin())
				.with(csrf())
				.param("username", username)
				.param("displayName", "Tove Teacher")
				.param("email", username + "@example.org")
				.param("password", "a long enough password"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/provider/staff"))
			.andExpect(flash().attribute("added", username));

		User added = this.users.findByUsername(username).orElseThrow();
		assertThat(added.getRoles()).containsExactly(Role.TEACHER);
	}

	@Test
	void thePageShowsProblemsNextToTheFieldsAndKeepsWhatWasEntered() throws Exception {
		long before = this.users.count();

		this.mvc
			.perform(post("/provider/staff").with(asAdmin())
				.with(csrf())
				.param("username", this.admin.getUsername())
				.param("displayName", "Kept Name")
				.param("email", "kept-" + this.admin.getEmail())
				.param("password", "a long enough password"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "user.username.taken"))
			.andExpect(content().string(containsString("This username is already in use.")))
			.andExpect(content().string(containsString("value=\"Kept Name\"")))
			.andExpect(content().string(containsString("value=\"kept-" + this.admin.getEmail() + "\"")));

		this.mvc
			.perform(post("/provider/staff").param("lang", "fi")
				.with(asAdmin())
				.with(csrf())
				.param("username", "A")
				.param("displayName", "Kept Name")
				.param("email", TestUsers.unique("x") + "@example.org")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "username", "password"))
			.andExpect(content().string(containsString("Salasanassa on oltava 12–200 merkkiä.")));

		assertThat(this.users.count()).isEqualTo(before);
	}

	@Test
	void onlyProviderAdminsSeeStaff() throws Exception {
		User teacher = this.testUsers.user(Role.TEACHER);
		this.mvc.perform(get("/provider/staff").with(user(teacher.getUsername()).roles("TEACHER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/provider/staff").header("Authorization", TestWeb.bearer(this.mvc, teacher)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/provider/staff")).andExpect(status().isUnauthorized());
	}

	private RequestPostProcessor asAdmin() {
		return user(this.admin.getUsername()).roles("PROVIDER_ADMIN");
	}

	private static Map<String, Object> teacher(String username) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("displayName", "Test Teacher");
		body.put("email", username + "@example.org");
		body.put("password", "a long enough password");
		return body;
	}

}
