package org.cellpath.platform.identity;

import org.cellpath.platform.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person edits their own profile and password; bad input is shown back and changes nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class ProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder passwords;

	private User learner;

	private RequestPostProcessor signedIn;

	@BeforeEach
	void aLearner() {
		this.learner = this.testUsers.user(Role.LEARNER);
		this.signedIn = user(this.learner.getUsername()).roles("LEARNER");
	}

	@Test
	void theProfileShowsNameRolesAndEmail() throws Exception {
		this.mvc.perform(get("/profile").with(this.signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.learner.getEmail())))
			.andExpect(content().string(containsString("Learner")));
	}

	@Test
	void nameAndEmailAreSaved() throws Exception {
		String email = TestUsers.unique("new") + "@test.example";
		this.mvc.perform(post("/profile").with(this.signedIn).with(csrf())
			.param("displayName", "  Saga Sandberg ")
			.param("email", email)).andExpect(redirectedUrl("/profile"));
		User saved = reload();
		assertThat(saved.getDisplayName()).isEqualTo("Saga Sandberg");
		assertThat(saved.getEmail()).isEqualTo(email);
	}

	@Test
	void aBadEmailOrEmptyNameIsShownBackAndNothingChanges() throws Exception {
		this.mvc.perform(post("/profile").with(this.signedIn).with(csrf())
			.param("displayName", "")
			.param("email", "not an address"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not an address")))
			.andExpect(content().string(containsString("field-error")));
		User unchanged = reload();
		assertThat(unchanged.getDisplayName()).isEqualTo(this.learner.getDisplayName());
		assertThat(unchanged.getEmail()).isEqualTo(this.learner.getEmail());
	}

	@Test
	void anEmailOfAnotherAccountIsRefused() throws Exception {
		User other = this.testUsers.user(Role.TEACHER);
		this.mvc.perform(post("/profile").with(this.signedIn).with(csrf())
			.param("displayName", "Someone")
			.param("email", other.getEmail()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
		assertThat(reload().getEmail()).isEqualTo(this.learner.getEmail());
	}

	@Test
	void thePasswordChangesOnlyWithTheCurrentOneAndTwoMatchingNewOnes() throws Exception {
		String before = reload().getPasswordHash();
		this.mvc.perform(post("/profile/password").with(this.signedIn).with(csrf())
			.param("current", "wrong password")
			.param("fresh", "a brand new password")
			.param("repeated", "a brand new password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
		this.mvc.perform(post("/profile/password").with(this.signedIn).with(csrf())
			.param("current", TestUsers.PASSWORD)
			.param("fresh", "a brand new password")
			.param("repeated", "a different password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
		this.mvc.perform(post("/profile/password").with(this.signedIn).with(csrf())
			.param("current", TestUsers.PASSWORD)
			.param("fresh", "short")
			.param("repeated", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
		assertThat(reload().getPasswordHash()).isEqualTo(before);

		this.mvc.perform(post("/profile/password").with(this.signedIn).with(csrf())
			.param("current", TestUsers.PASSWORD)
			.param("fresh", "a brand new password")
			.param("repeated", "a brand new password"))
			.andExpect(redirectedUrl("/profile"));
		assertThat(this.passwords.matches("a brand new password", reload().getPasswordHash())).isTrue();
	}

	@Test
	void theProfileCannotBeChangedWithoutACsrfToken() throws Exception {
		this.mvc.perform(post("/profile").with(this.signedIn)
			.param("displayName", "Mallory")
			.param("email", "mallory@test.example")).andExpect(status().isForbidden());
		assertThat(reload().getDisplayName()).isEqualTo(this.learner.getDisplayName());
	}

	private User reload() {
		return this.users.findById(this.learner.getId()).orElseThrow();
	}

}
