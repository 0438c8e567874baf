package org.cellpath.privacy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cellpath.platform.TestUsers;
import org.cellpath.platform.TestWeb;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A learner who used every part of the platform (passed a unit, claimed prior learning with a file,
 * shared their record) erases their account: afterwards no column of any module's table holds
 * anything that names them, and their export had it all before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErasureAcrossModulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void nothingThatNamesTheLearnerRemainsInAnyModuleAfterErasure() throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		String token = TestWeb.bearer(this.mvc, learner);
		String marker = TestUsers.unique("Quokka-Zebrafish");

		long unitId = passDemoUnit("demo/units/05-four-stages-of-cell-production.json", token);
		this.mvc.perform(multipart("/api/v1/me/prior-learning-claims")
			.file(new MockMultipartFile("files", marker + ".pdf", "application/pdf", pdf(marker)))
			.param("outcomes", "BAT-SAF-301")
			.param("description", "I worked five years at " + marker + " as a line operator.")
			.param("refereeName", marker + " Referee")
			.param("refereeOrganisation", "Boreal Cell Works")
			.param("refereeContact", "referee@boreal.example")
			.param("refereeConfirms", "Worked safely on the coating line.")
			.header("Authorization", token)).andExpect(status().isCreated());
		JsonNode account = read(this.mvc.perform(get("/api/v1/me/learning-account").header("Authorization", token))
			.andExpect(status().isOk()));
		long attainment = account.get("attainments").get(0).get("id").asLong();
		this.mvc.perform(post("/api/v1/me/shares").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"attainments\":[" + attainment + "],\"expiryDays\":7,\"label\":\"For " + marker + "\"}"))
			.andExpect(status().isCreated());

		JsonNode export = read(this.mvc.perform(get("/api/v1/me/personal-data").header("Authorization", token))
			.andExpect(status().isOk()));
		assertThat(export.get("data").propertyNames()).contains("profile", "learningAccount", "unitAttempts",
				"priorLearningClaims", "shareLinks", "notifications");
		assertThat(export.get("data").get("unitAttempts").toString()).contains(String.valueOf(unitId));
		assertThat(export.get("data").get("priorLearningClaims").toString()).contains(marker);
		assertThat(export.get("data").get("shareLinks").toString()).contains(marker);

		List<String> needles = List.of(learner.getUsername(), learner.getDisplayName(), learner.getEmail(), marker);
		assertThat(columnsHolding(needles)).as("the scan finds what was planted")
			.contains("app_user.username", "app_user.email", "prior_learning_claim.description", "share_link.label");

		this.mvc.perform(post("/me/data/erase").with(user(learner.getUsername()).roles("LEARNER")).with(csrf())
			.param("username", learner.getUsername())
			.param("password", TestUsers.PASSWORD)).andExpect(view().name("privacy/erased"));

		assertThat(columnsHolding(needles)).as("columns that still hold the learner's personal data").isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM course_unit_attempt WHERE learner_id = ?",
				Long.class, learner.getId())).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM attainment WHERE learner_id = ?", Long.class,
				learner.getId())).isZero();
		this.mvc.perform(get("/api/v1/me/learning-account").header("Authorization", token))
			.andExpect(status().isUnauthorized());
	}

	/** Passes a demo unit with the answers of its own file; returns the unit's id. */
	private long passDemoUnit(String file, String token) throws Exception {
		JsonNode document;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
			document = this.json.readTree(in);
		}
		JsonNode found = read(this.mvc.perform(get("/api/v1/units").param("q", document.get("title").asString()))
			.andExpect(status().isOk()));
		long unitId = found.get("items").get(0).get("id").asLong();
		Map<String, JsonNode> answers = new LinkedHashMap<>();
		document.get("assessment").get("items").forEach((item) -> answers.put(item.get("key").asString(), item.get("answer")));
		JsonNode result = read(this.mvc.perform(post("/api/v1/units/{id}/attempts", unitId).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("answers", answers)))).andExpect(status().isOk()));
		assertThat(result.get("passed").asBoolean()).isTrue();
		return unitId;
	}

	private JsonNode read(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
		return this.json.readTree(actions.andReturn().getResponse().getContentAsString());
	}

	private static byte[] pdf(String text) {
		return ("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
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
		assertThat(columns).extracting((column) -> column.get("TABLE_NAME"))
			.as("the scan covers every module's tables")
			.contains("app_user", "course_unit_attempt", "prior_learning_claim", "share_link");
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

}
