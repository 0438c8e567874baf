package org.cellpath.platform.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.cellpath.platform.TestUsers;
import org.cellpath.platform.TestWeb;
import org.cellpath.platform.admin.NewUserForm;
import org.cellpath.platform.admin.UserAdministration;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.privacy.PrivacyFixtures.Planted;
import org.cellpath.platform.privacy.PrivacyTestConfiguration.OtherModuleData;
import org.cellpath.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A learner erases their account: with the right confirmation every holder of personal data
 * erases, the account is anonymised and nobody can sign in to it; with a wrong one nothing changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PrivacyTestConfiguration.class)
class AccountErasureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PrivacyFixtures fixtures;

	@Autowired
	OtherModuleData otherModule;

	@Autowired
	Users users;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAdministration administration;

	@Test
	void aWrongConfirmationIsShownBackAndChangesNothing() throws Exception {
		Planted planted = this.fixtures.learner();
		RequestPostProcessor signedIn = user(planted.username()).roles("LEARNER");
		Map<String, Object> before = everything(planted);

		this.mvc.perform(post("/me/data/erase").with(signedIn).with(csrf())
			.param("username", planted.username() + "x")
			.param("password", TestUsers.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(view().name("privacy/data"))
			.andExpect(content().string(containsString("That is not your username.")))
			.andExpect(content().string(containsString("value=\"" + planted.username() + "x\"")));
		this.mvc.perform(post("/me/data/erase").with(signedIn).with(csrf())
			.param("username", planted.username())
			.param("password", "not the password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password is not right.")))
			.andExpect(content().string(not(containsString("not the password"))));
		this.mvc.perform(post("/me/data/erase").with(signedIn).with(csrf()).param("username", "").param("password", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Type your username to confirm.")))
			.andExpect(content().string(containsString("Enter your password to confirm.")));
		this.mvc.perform(post("/me/data/erase").with(signedIn)
			.param("username", planted.username())
			.param("password", TestUsers.PASSWORD)).andExpect(status().isForbidden());

		assertThat(everything(planted)).isEqualTo(before);
		assertThat(this.otherModule.usernameWhenErased).doesNotContainKey(planted.learner().getId());
		assertThat(this.users.isRetired(planted.username())).isFalse();
		this.mvc.perform(formLogin("/login").user(planted.username()).password(TestUsers.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void afterErasureTheLearnerCannotSignInAndEverySessionAndTokenEnds() throws Exception {
		Planted planted = this.fixtures.learner();
		User learner = planted.learner();
		MockHttpSession erasing = signIn(planted);
		MockHttpSession otherBrowser = signIn(planted);
		String token = TestWeb.bearer(this.mvc, learner);
		this.mvc.perform(get("/me/data").session(otherBrowser)).andExpect(status().isOk());

		this.mvc.perform(post("/me/data/erase").session(erasing).with(csrf())
			.param("username", " " + planted.username() + " ")
			.param("password", TestUsers.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(view().name("privacy/erased"))
			.andExpect(unauthenticated())
			.andExpect(content().string(containsString("The anonymous account number " + learner.getId() + ".")))
			.andExpect(content().string(containsString("The date of erasure, ")))
			.andExpect(content().string(containsString("A one-way fingerprint")))
			.andExpect(content().string(containsString(OtherModuleData.RETAINED)));
		assertThat(erasing.isInvalid()).as("the erasing session ended").isTrue();

		this.mvc.perform(formLogin("/login").user(planted.username()).password(TestUsers.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + planted.username() + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/me/data").session(otherBrowser)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/v1/me/personal-data").header("Authorization", token))
			.andExpect(status().isUnauthorized());

		User erased = this.users.findWithPlacesById(learner.getId()).orElseThrow();
		assertThat(erased.getUsername()).startsWith("erased-").isNotEqualTo(planted.username());
		assertThat(erased.getDisplayName()).isNull();
		assertThat(erased.getEmail()).isNull();
		assertThat(erased.getPasswordHash()).isNull();
		assertThat(erased.getRoles()).isEmpty();
		assertThat(erased.getOrganisation()).isNull();
		assertThat(erased.getLocale()).isNull();
		assertThat(erased.isEnabled()).isFalse();
		assertThat(erased.getErasedAt()).isNotNull();
		this.mvc.perform(formLogin("/login").user(erased.getUsername()).password(TestUsers.PASSWORD))
			.andExpect(unauthenticated());

		// Every other holder erased first, while the account was still whole.
		assertThat(this.otherModule.usernameWhenErased).containsEntry(learner.getId(), planted.username());
		assertThat(this.otherModule.notes).doesNotContainKey(learner.getId());
		assertThat(count("SELECT COUNT(*) FROM attainment WHERE learner_id = ?", learner.getId())).isZero();
		// What the learner assessed for someone else stays with that learner.
		assertThat(count("SELECT COUNT(*) FROM attainment_evidence WHERE assessor_id = ?", learner.getId())).isOne();
		// The skill need the learner recorded stays with the employer, naming nobody.
		User colleague = this.testUsers.user(Role.EMPLOYER, planted.learner().getOrganisation());
		this.mvc.perform(get("/employer/demand").with(user(colleague.getUsername()).roles("EMPLOYER")))
			.andExpect(content().string(containsString(planted.demandNote())))
			.andExpect(content().string(containsString("a person who erased their account")))
			.andExpect(content().string(not(containsString("null"))));
		// The username is retired, not free.
		assertThat(this.users.existsByUsername(planted.username())).isTrue();
		assertThatThrownBy(() -> this.administration.create(new NewUserForm(planted.username(), "Someone Else",
				TestUsers.unique("someone") + "@test.example", "a long enough password", List.of("LEARNER"), null, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("already in use");
	}

	/**
	 * Scans every text and binary column of every table for the texts planted in the learner's
	 * data; first to show the scan finds them, then to show that after erasure none is left.
	 */
	@Test
	void noPersonalDataRemainsInAnyTableAfterErasure() throws Exception {
		Planted planted = this.fixtures.learner();
		List<String> needles = List.of(planted.username(), planted.displayName(), planted.email(), planted.marker(),
				planted.evidenceLabel(), planted.evidenceRef());
		assertThat(columnsHolding(needles)).contains("app_user.username", "app_user.display_name", "app_user.email",
				"attainment_evidence.source_label", "attainment_evidence.source_ref", "EVENT_PUBLICATION.SERIALIZED_EVENT");

		this.mvc.perform(post("/me/data/erase").with(user(planted.username()).roles("LEARNER")).with(csrf())
			.param("username", planted.username())
			.param("password", TestUsers.PASSWORD)).andExpect(view().name("privacy/erased"));

		assertThat(columnsHolding(needles)).as("columns that still hold the learner's personal data").isEmpty();
	}

	@Test
	void onlyLearnersReachTheErasure() throws Exception {
		User admin = this.testUsers.user(Role.PLATFORM_ADMIN);
		this.mvc.perform(post("/me/data/erase").with(user(admin.getUsername()).roles("PLATFORM_ADMIN")).with(csrf())
			.param("username", admin.getUsername())
			.param("password", TestUsers.PASSWORD)).andExpect(status().isForbidden());
		assertThat(this.users.findById(admin.getId()).orElseThrow().isErased()).isFalse();
	}

	/** Every "table.column" of the schema's text and binary columns that contains one of the texts. */
	private List<String> columnsHolding(List<String> needles) {
		List<String> found = new ArrayList<>();
		List<Map<String, Object>> columns = this.jdbc.queryForList("""
				SELECT c.TABLE_NAME, c.COLUMN_NAME FROM information_schema.COLUMNS c
				JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
				WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'
				AND c.DATA_TYPE IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json',
				'binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob')
				ORDER BY c.TABLE_NAME, c.COLUMN_NAME""");
		assertThat(columns).as("text columns in the schema").hasSizeGreaterThan(20);
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("TABLE_NAME");
			String name = (String) column.get("COLUMN_NAME");
			String inColumn = "LOCATE(LOWER(?), LOWER(CONVERT(`" + name + "` USING utf8mb4))) > 0";
			Long hits = this.jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "` WHERE "
					+ String.join(" OR ", Collections.nCopies(needles.size(), inColumn)), Long.class, needles.toArray());
			if (hits != null && hits > 0) {
				found.add(table + "." + name);
			}
		}
		return found;
	}

	private MockHttpSession signIn(Planted planted) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(formLogin("/login").user(planted.username()).password(TestUsers.PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/** What is stored about the learner, to compare before and after. */
	private Map<String, Object> everything(Planted planted) {
		long id = planted.learner().getId();
		return Map.of("user", this.jdbc.queryForMap("SELECT * FROM app_user WHERE id = ?", id), "roles",
				this.jdbc.queryForList("SELECT role FROM app_user_role WHERE user_id = ?", String.class, id),
				"attainments", this.jdbc.queryForList("SELECT * FROM attainment WHERE learner_id = ?", id), "evidence",
				this.jdbc.queryForList("SELECT e.* FROM attainment_evidence e JOIN attainment a ON a.id = e.attainment_id"
						+ " WHERE a.learner_id = ?", id),
				"retired", this.jdbc.queryForObject("SELECT COUNT(*) FROM retired_username", Long.class), "otherModule",
				String.valueOf(this.otherModule.notes.get(id)));
	}

	private long count(String sql, long id) {
		return this.jdbc.queryForObject(sql, Long.class, id);
	}

}
