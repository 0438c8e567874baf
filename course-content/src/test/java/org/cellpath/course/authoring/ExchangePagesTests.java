package org.cellpath.course.authoring;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.TestUnits;
import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.course.unit.VersionStatus;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Import from JSON or a zip, all or nothing with every problem listed; export as JSON or a zip. */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework framework;

	@Autowired
	UnitAuthoring authoring;

	User teacher;

	String outcome;

	@BeforeEach
	void setUp() {
		this.teacher = this.testUsers.user(Role.TEACHER);
		this.outcome = this.framework.outcome(4).getCode();
	}

	@Test
	void theImportPageListsEveryProblemWithItsPointerAndImportsNothing() throws Exception {
		ObjectNode good = TestUnits.document("A good unit", this.outcome);
		ObjectNode bad = TestUnits.document("A bad unit", this.outcome);
		bad.put("eqfLevel", 12);
		((ObjectNode) bad.path("assessment").path("items").path(0)).put("answer", 9);
		byte[] zip = zip("good.json", good.toString(), "bad.json", bad.toString());

		this.mvc.perform(multipart("/teach/units/import").file(new MockMultipartFile("file", "units.zip", "application/zip", zip))
				.with(asTeacher())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bad.json#/eqfLevel")))
			.andExpect(content().string(containsString("bad.json#/assessment/items/0/answer")))
			.andExpect(content().string(containsString("nothing was imported")));
		assertThat(this.authoring.unitsOf(this.teacher, null)).isEmpty();

		this.mvc.perform(multipart("/teach/units/import")
				.file(new MockMultipartFile("file", "bad.json", "application/json", bad.toString().getBytes(StandardCharsets.UTF_8)))
				.with(asTeacher())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<code>/eqfLevel</code>")))
			.andExpect(content().string(containsString("Enter a value from 1 to 8.")));

		this.mvc.perform(multipart("/teach/units/import").param("lang", "sv")
				.file(new MockMultipartFile("file", "bad.json", "application/json", bad.toString().getBytes(StandardCharsets.UTF_8)))
				.with(asTeacher())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ange ett värde från 1 till 8.")));

		this.mvc.perform(multipart("/teach/units/import")
				.file(new MockMultipartFile("file", "broken.json", "application/json", "{ not json".getBytes(StandardCharsets.UTF_8)))
				.with(asTeacher())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not readable JSON")));
		assertThat(this.authoring.unitsOf(this.teacher, null)).isEmpty();
	}

	@Test
	void aValidZipBecomesDraftsOfTheTeachersProvider() throws Exception {
		byte[] zip = zip("one.json", TestUnits.document("First imported", this.outcome).toString(), "two.json",
				TestUnits.document("Second imported", this.outcome).toString());

		this.mvc.perform(multipart("/teach/units/import").file(new MockMultipartFile("file", "units.zip", "application/zip", zip))
				.with(asTeacher())
				.with(csrf()))
			.andExpect(redirectedUrl("/teach/units?status=DRAFT"));

		assertThat(this.authoring.unitsOf(this.teacher, VersionStatus.DRAFT)).extracting(AuthoredUnit::title)
			.containsExactlyInAnyOrder("First imported", "Second imported");
	}

	@Test
	void unitsAreExportedAsJsonAndSeveralAsAZip() throws Exception {
		AuthoredUnit first = this.authoring.createDraft(TestUnits.document("Exported one", this.outcome), this.teacher);
		AuthoredUnit second = this.authoring.createDraft(TestUnits.document("Exported two", this.outcome), this.teacher);

		this.mvc.perform(get("/teach/units/" + first.unitId() + "/export").with(asTeacher()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(jsonPath("$.format").value("cellpath-unit/1"))
			.andExpect(jsonPath("$.title").value("Exported one"))
			.andExpect(jsonPath("$.assessment.items[0].answer").value(1));

		byte[] zip = this.mvc
			.perform(get("/teach/units/export").param("ids", String.valueOf(first.unitId()), String.valueOf(second.unitId()))
				.with(asTeacher()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		int entries = 0;
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			while (in.getNextEntry() != null) {
				entries++;
			}
		}
		assertThat(entries).isEqualTo(2);

		this.mvc.perform(get("/teach/units/export").with(asTeacher())).andExpect(redirectedUrl("/teach/units"));
	}

	@Test
	void anAttachmentIsUploadedIntoTheDraft() throws Exception {
		AuthoredUnit draft = this.authoring.createDraft(TestUnits.document("With a file", this.outcome), this.teacher);

		this.mvc.perform(multipart("/teach/units/" + draft.unitId() + "/attachments")
				.file(new MockMultipartFile("file", "C:\\docs\\safety sheet.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8)))
				.param("caption", "Safety data sheet")
				.with(asTeacher())
				.with(csrf()))
			.andExpect(redirectedUrl("/teach/units/" + draft.unitId() + "/edit"));

		var content = this.authoring.workingDocument(draft.unitId(), this.teacher).content();
		assertThat(content.get(content.size() - 1).type()).isEqualTo("attachment");
		this.mvc.perform(get("/teach/units/" + draft.unitId() + "/edit").with(asTeacher()))
			.andExpect(content().string(containsString("safety sheet.pdf")));
	}

	private RequestPostProcessor asTeacher() {
		return user(this.teacher.getUsername()).roles("TEACHER");
	}

	private static byte[] zip(String... namesAndContents) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
