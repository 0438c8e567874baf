package org.cellpath.course.exchange;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.CourseWeb;
import org.cellpath.course.TestUnits;
import org.cellpath.course.exchange.MalformedDocuments.Mutation;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Generated malformed documents posted to {@code POST /api/v1/units} get a 400 problem that lists
 * every error with its pointer, and nothing is stored. The Spring context is the one the other
 * tests share (jqwik has no Spring extension, so the test context manager injects it).
 */
class MalformedImportPropertyTests {

	private static Beans beans;

	private static User teacher;

	private static String outcomeCode;

	@BeforeContainer
	static void bootTheApplication() throws Exception {
		beans = new Beans();
		new TestContextManager(Beans.class).prepareTestInstance(beans);
		teacher = beans.testUsers.user(Role.TEACHER);
		outcomeCode = beans.framework.outcome(4).getCode();
	}

	@Property(tries = 60)
	void aMalformedDocumentGetsA400ListingEveryProblemAndStoresNothing(@ForAll("broken") List<Mutation> mutations)
			throws Exception {
		ObjectNode document = TestUnits.document("A unit to break", outcomeCode);
		mutations.forEach((mutation) -> mutation.apply().accept(document));
		long units = beans.count("course_unit");
		long versions = beans.count("course_unit_version");

		beans.mvc.perform(post("/api/v1/units").with(CourseWeb.as(teacher)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(document.toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field",
					hasItems(mutations.stream().map(Mutation::pointer).toArray(String[]::new))));

		assertThat(beans.count("course_unit")).as("units after a refused document").isEqualTo(units);
		assertThat(beans.count("course_unit_version")).as("versions after a refused document").isEqualTo(versions);
	}

	@Property(tries = 20)
	void aZipWithOneMalformedDocumentStoresNoUnitAtAll(@ForAll("broken") List<Mutation> mutations) throws Exception {
		ObjectNode bad = TestUnits.document("A unit to break", outcomeCode);
		mutations.forEach((mutation) -> mutation.apply().accept(bad));
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("a-good-one.json"));
			zip.write(TestUnits.document("A good unit", outcomeCode).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.putNextEntry(new java.util.zip.ZipEntry("broken.json"));
			zip.write(bad.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		long units = beans.count("course_unit");

		beans.mvc.perform(post("/api/v1/units").with(CourseWeb.as(teacher)).with(csrf())
			.contentType("application/zip")
			.content(bytes.toByteArray()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					hasItems(mutations.stream().map((m) -> "broken.json#" + m.pointer()).toArray(String[]::new))));

		assertThat(beans.count("course_unit")).isEqualTo(units);
	}

	@Provide
	Arbitrary<List<Mutation>> broken() {
		return MalformedDocuments.combinations(true);
	}

	/** What the properties need from the shared Spring test context. */
	@SpringBootTest
	@AutoConfigureMockMvc
	static class Beans {

		@Autowired
		MockMvc mvc;

		@Autowired
		TestUsers testUsers;

		@Autowired
		TestFramework framework;

		@Autowired
		JdbcTemplate jdbc;

		long count(String table) {
			return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
		}

	}

}
