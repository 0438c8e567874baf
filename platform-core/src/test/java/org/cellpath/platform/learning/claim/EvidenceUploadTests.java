package org.cellpath.platform.learning.claim;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence files are judged by their content: the wrong type, a file that is too large, too many
 * files or a name that lies about the content is refused, and a refused claim stores nothing.
 * What is stored leaves only as an attachment of its checked type.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOfferings.class)
class EvidenceUploadTests {

	private static final List<String> TABLES = List.of("prior_learning_claim", "prior_learning_claim_outcome",
			"prior_learning_claim_link", "prior_learning_claim_reference", "prior_learning_claim_file",
			"prior_learning_claim_file_content", "prior_learning_claim_event", "notification");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework testFramework;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ClaimSettings settings;

	User learner;

	LearningOutcome outcome;

	@BeforeEach
	void setUp() {
		this.learner = this.testUsers.user(Role.LEARNER);
		this.outcome = this.testFramework.outcome(4);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a text file                          | notes.txt   | text/plain      | Just some notes       | claims.file.type
			text that calls itself a PDF         | notes.pdf   | application/pdf | Just some notes       | claims.file.type
			an HTML page that calls itself a PNG | page.png    | image/png       | <html><script>x</script> | claims.file.type
			a PNG named as a PDF                 | scan.pdf    | application/pdf | PNG                   | claims.file.extension
			a PDF named as a JPEG                | photo.jpg   | image/jpeg      | PDF                   | claims.file.extension
			a PDF without a file extension       | certificate | application/pdf | PDF                   | claims.file.extension
			an empty file                        | empty.pdf   | application/pdf | EMPTY                 | claims.file.empty
			""")
	void aFileOfTheWrongTypeOrWithALyingNameIsRefusedAndNothingIsStored(String what, String name, String declared,
			String content, String problem) throws Exception {
		byte[] bytes = switch (content) {
			case "PNG" -> TestFiles.PNG;
			case "PDF" -> TestFiles.PDF;
			case "EMPTY" -> new byte[0];
			default -> content.getBytes();
		};
		refused(TestFiles.file(name, declared, bytes), "files");
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedAndNothingIsStored() throws Exception {
		refused(TestFiles.pdfLargerThan(this.settings.maxFileSize().toBytes()), "files");
	}

	@Test
	void moreFilesThanAClaimHoldsAreRefusedAndNothingIsStored() throws Exception {
		MockMultipartFile[] files = new MockMultipartFile[this.settings.maxFiles() + 1];
		for (int i = 0; i < files.length; i++) {
			files[i] = TestFiles.pdf("page-" + i + ".pdf");
		}
		refused("files", files);
	}

	@Test
	void oneBadFileAmongGoodOnesRefusesTheWholeClaim() throws Exception {
		refused("files", TestFiles.pdf("good.pdf"), TestFiles.file("bad.pdf", "application/pdf", TestFiles.PNG));
	}

	@Test
	void aRefusedClaimOnThePageNamesTheFileAndKeepsWhatWasTyped() throws Exception {
		long[] before = counts();
		this.mvc.perform(multipart("/me/prior-learning").file(TestFiles.file("scan.pdf", "application/pdf", TestFiles.PNG))
			.param("outcomes", this.outcome.getCode())
			.param("description", "Welded busbars for a year")
			.with(PriorLearningWorkflowTests.as(this.learner))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"The file scan.pdf is named like another type than its content, which is image/png.")))
			.andExpect(content().string(containsString("Welded busbars for a year")))
			.andExpect(content().string(containsString("value=\"" + this.outcome.getCode() + "\" checked")));
		assertThat(counts()).containsExactly(before);
	}

	@Test
	void linksThatAreNotWebAddressesAndIncompleteReferencesAreRefused() throws Exception {
		long[] before = counts();
		this.mvc.perform(multipart("/api/v1/me/prior-learning-claims").param("outcomes", this.outcome.getCode())
			.param("description", "Ran the formation line")
			.param("links", "javascript:alert(1)")
			.param("refereeName", "Sara Supervisor")
			.param("refereeContact", "not a contact")
			.with(PriorLearningWorkflowTests.as(this.learner))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("links")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("refereeOrganisation")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("refereeConfirms")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("refereeContact")));
		this.mvc.perform(multipart("/api/v1/me/prior-learning-claims").param("outcomes", "NO-SUCH-OUTCOME")
			.param("description", "")
			.with(PriorLearningWorkflowTests.as(this.learner))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("outcomes")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("description")));
		assertThat(counts()).containsExactly(before);
	}

	@Test
	void aStoredFileIsOnlyEverServedAsAnAttachmentOfItsCheckedType() throws Exception {
		byte[] webp = { 'R', 'I', 'F', 'F', 20, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' };
		String body = this.mvc
			.perform(multipart("/api/v1/me/prior-learning-claims")
				.file(TestFiles.file("site \"photo\".WEBP", "text/html", webp))
				.file(TestFiles.file("badge.PNG", "application/octet-stream", TestFiles.PNG))
				.param("outcomes", this.outcome.getCode())
				.param("description", "Photos of my work")
				.with(PriorLearningWorkflowTests.as(this.learner))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.files[0].mediaType").value("image/webp"))
			.andExpect(jsonPath("$.files[1].mediaType").value("image/png"))
			.andExpect(jsonPath("$.files[1].sha256").value(EvidenceCheck.sha256(TestFiles.PNG)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long claim = ((Number) JsonPath.read(body, "$.id")).longValue();
		long file = ((Number) JsonPath.read(body, "$.files[0].id")).longValue();
		this.mvc.perform(get("/me/prior-learning/" + claim + "/files/" + file)
			.with(PriorLearningWorkflowTests.as(this.learner)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.parseMediaType("image/webp")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("photo")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(webp));
	}

	private void refused(MockMultipartFile file, String field) throws Exception {
		refused(field, file);
	}

	private void refused(String field, MockMultipartFile... files) throws Exception {
		long[] before = counts();
		var request = multipart("/api/v1/me/prior-learning-claims");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		this.mvc.perform(request.param("outcomes", this.outcome.getCode())
			.param("description", "I assembled modules for two years.")
			.param("links", "https://example.org/portfolio")
			.param("refereeName", "Sara Supervisor")
			.param("refereeOrganisation", "Cell plant")
			.param("refereeContact", "sara@example.org")
			.param("refereeConfirms", "Two years of module assembly.")
			.with(PriorLearningWorkflowTests.as(this.learner))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		assertThat(counts()).as("rows of %s after a refused claim", TABLES).containsExactly(before);
	}

	private long[] counts() {
		return TABLES.stream()
			.mapToLong((table) -> this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class))
			.toArray();
	}

}
