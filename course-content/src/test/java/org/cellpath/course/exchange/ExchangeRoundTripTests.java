package org.cellpath.course.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.JsonNode;

import org.cellpath.course.CourseWeb;
import org.cellpath.course.TestUnits;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The exchange format through the API: export then import gives the same unit; zips are all or nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeRoundTripTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework framework;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void exportingAUnitAndImportingTheExportGivesTheSameUnit() throws Exception {
		User teacher = this.testUsers.user(Role.TEACHER);
		LearningOutcome outcome = this.framework.outcome(4);
		tools.jackson.databind.node.ObjectNode original = TestUnits.document("Round trip", "placeholder");
		original.putArray("outcomes").add(outcome.getId());
		long first = create(teacher, original.toString());
		UnitDocument exported = export(teacher, first);

		assertThat(exported.outcomes()).as("outcomes are exported by code").containsExactly(outcome.getCode());
		assertThat(exported.provider()).isEqualTo(slugOf(teacher));
		assertThat(exported.assessment().item("q1")).isInstanceOf(Item.SingleChoice.class);
		assertThat(((Item.SingleChoice) exported.assessment().item("q1")).answer()).as("answers included").isEqualTo(1);

		long second = create(teacher, UnitFormat.writeString(exported));
		assertThat(second).isNotEqualTo(first);
		assertThat(export(teacher, second)).isEqualTo(exported);
	}

	@Test
	void aZipExportOfManyUnitsImportsAsTheSameUnits() throws Exception {
		User teacher = this.testUsers.user(Role.TEACHER);
		String code = this.framework.outcome(3).getCode();
		long a = create(teacher, TestUnits.document("Unit A", code).toString());
		long b = create(teacher, TestUnits.document("Unit B", code).toString());
		byte[] zip = this.mvc.perform(get("/api/v1/units/export").param("ids", a + "," + b).with(CourseWeb.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, JsonNode> entries = UnitFormat.parseZip(zip);
		assertThat(entries).containsOnlyKeys("unit-" + a + "-v1.json", "unit-" + b + "-v1.json");

		String body = this.mvc
			.perform(post("/api/v1/units").with(CourseWeb.as(teacher)).with(csrf()).contentType("application/zip").content(zip))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.units.length()").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode units = CourseWeb.json(body).path("units");
		assertThat(export(teacher, units.get(0).path("unitId").longValue())).isEqualTo(export(teacher, a));
		assertThat(export(teacher, units.get(1).path("unitId").longValue())).isEqualTo(export(teacher, b));
	}

	@Test
	void aZipWithOneBadUnitStoresNoneAndNamesTheEntryAndPointerOfEveryProblem() throws Exception {
		User teacher = this.testUsers.user(Role.TEACHER);
		String code = this.framework.outcome(3).getCode();
		JsonNode bad = TestUnits.document("Bad unit", code);
		((tools.jackson.databind.node.ObjectNode) bad).put("eqfLevel", 9);
		((tools.jackson.databind.node.ObjectNode) bad.path("assessment").path("items").get(0)).put("answer", 7);
		byte[] zip = zip(Map.of("good.json", TestUnits.document("Good unit", code).toString(), "bad.json",
				bad.toString(), "broken.json", "{ not json"));
		long before = units();

		this.mvc.perform(post("/api/v1/units").with(CourseWeb.as(teacher)).with(csrf()).contentType("application/zip").content(zip))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field",
					hasItems("broken.json#", "bad.json#/eqfLevel", "bad.json#/assessment/items/0/answer")));
		assertThat(units()).as("units stored after a refused import").isEqualTo(before);
	}

	private long units() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM course_unit", Long.class);
	}

	private String slugOf(User teacher) {
		return this.jdbc.queryForObject("SELECT o.slug FROM organisation o JOIN app_user u ON u.organisation_id = o.id"
				+ " WHERE u.id = ?", String.class, teacher.getId());
	}

	private long create(User teacher, String json) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/units").with(CourseWeb.as(teacher)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return CourseWeb.json(body).path("unitId").longValue();
	}

	private UnitDocument export(User teacher, long unitId) throws Exception {
		byte[] body = this.mvc.perform(get("/api/v1/units/" + unitId + "/export").with(CourseWeb.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return UnitFormat.toDocument(UnitFormat.parse(body));
	}

	private static byte[] zip(Map<String, String> entries) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
