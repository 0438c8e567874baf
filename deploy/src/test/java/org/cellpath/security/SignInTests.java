package org.cellpath.security;

import java.util.UUID;

import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Form sign-in, sign-out, lock-out after repeated failures, and CSRF on every form. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	Users users;

	@Test
	void theRightPasswordSignsIn() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		this.mvc.perform(post("/login").param("username", learner.getUsername()).param("password", TestUsers.PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aWrongPasswordSaysSoAndSignsNobodyIn() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		this.mvc.perform(post("/login").param("username", learner.getUsername()).param("password", "nope").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("The username or password is wrong")));
	}

	@Test
	void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		for (int i = 0; i < User.MAX_FAILED_SIGN_INS; i++) {
			this.mvc.perform(post("/login").param("username", learner.getUsername()).param("password", "guess" + i).with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(post("/login").param("username", learner.getUsername()).param("password", TestUsers.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("This account is locked")));
		this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + learner.getUsername() + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}"))
			.andExpect(status().isUnauthorized());
		assertThat(this.users.findByUsername(learner.getUsername()).orElseThrow().getLockedUntil()).isNotNull();
	}

	@Test
	void aSuccessfulSignInResetsTheFailureCount() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		for (int i = 0; i < User.MAX_FAILED_SIGN_INS - 1; i++) {
			this.mvc.perform(post("/login").param("username", learner.getUsername()).param("password", "guess").with(csrf()));
		}
		this.mvc.perform(post("/login").param("username", learner.getUsername()).param("password", TestUsers.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(this.users.findByUsername(learner.getUsername()).orElseThrow().getFailedSignIns()).isZero();
	}

	@Test
	void signInWithoutACsrfTokenIsRefused() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		this.mvc.perform(post("/login").param("username", learner.getUsername()).param("password", TestUsers.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFormPostWithoutACsrfTokenChangesNothing() throws Exception {
		User teacher = this.testUsers.user(Role.TEACHER);
		String code = "CSRF-" + TestUsers.unique("T").substring(2).toUpperCase();
		this.mvc.perform(post("/outcomes").with(user(teacher.getUsername()).roles("TEACHER"))
			.param("code", code)
			.param("statement", "Explains why forms carry a token")
			.param("type", "KNOWLEDGE")
			.param("bloomLevel", "UNDERSTAND")
			.param("eqfLevel", "4")
			.param("category", "TRANSVERSAL")).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/outcomes/" + code)).andExpect(status().isNotFound());
	}

	@Test
	void anApiPostWithASessionButNoCsrfTokenIsRefused() throws Exception {
		User teacher = this.testUsers.user(Role.TEACHER);
		this.mvc.perform(post("/api/v1/skills").with(user(teacher.getUsername()).roles("TEACHER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"uri\":\"http://data.europa.eu/esco/skill/" + UUID.randomUUID() + "\",\"label\":\"x\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void signOutNeedsAPostWithCsrf() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		this.mvc.perform(post("/logout").with(user(learner.getUsername()).roles("LEARNER")).with(csrf()))
			.andExpect(redirectedUrl("/?signedOut"));
		this.mvc.perform(post("/logout").with(user(learner.getUsername()).roles("LEARNER")))
			.andExpect(status().isForbidden());
	}

}
