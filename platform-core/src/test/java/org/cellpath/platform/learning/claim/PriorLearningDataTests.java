package org.cellpath.platform.learning.claim;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.learning.PersonalData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner's claims, with their files, leave in the data export and go with an erasure. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOfferings.class)
class PriorLearningDataTests {

	@Autowired
	PriorLearningClaims claims;

	@Autowired
	List<PersonalData> personalData;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework testFramework;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@SuppressWarnings("unchecked")
	void theExportHoldsEveryClaimWithItsFilesAndTheErasureDeletesThemButKeepsTheAssessorsPartAnonymous()
			throws Exception {
		User learner = this.testUsers.user(Role.LEARNER);
		User teacher = this.testUsers.user(Role.TEACHER);
		String code = this.testFramework.outcome(4).getCode();
		Claim claim = this.claims.submit(learner,
				new ClaimForm(List.of(code), "Two years on the line", List.of("https://example.org/me"), "Sara",
						"Cell plant", "sara@example.org", "She ran it."),
				List.of(new EvidenceUpload("proof.pdf", TestFiles.PDF.length, new ByteArrayResource(TestFiles.PDF))));
		this.claims.decide(teacher, claim.id(), new Decision("more-evidence", "Add a certificate"));
		PersonalData data = this.personalData.stream()
			.filter((d) -> d.name().equals("priorLearningClaims"))
			.findFirst()
			.orElseThrow();

		List<Map<String, Object>> exported = (List<Map<String, Object>>) data.export(learner.getId());
		assertThat(exported).hasSize(1);
		Map<String, Object> file = ((List<Map<String, Object>>) exported.get(0).get("files")).get(0);
		assertThat(file).containsEntry("name", "proof.pdf")
			.containsEntry("type", "application/pdf")
			.containsEntry("size", (long) TestFiles.PDF.length)
			.containsEntry("sha256", EvidenceCheck.sha256(TestFiles.PDF));
		assertThat(Base64.getDecoder().decode((String) file.get("contentBase64"))).isEqualTo(TestFiles.PDF);
		assertThat((List<?>) exported.get(0).get("auditTrail")).hasSize(5);
		assertThat((List<?>) exported.get(0).get("references")).hasSize(1);
		assertThat(this.personalData.stream().filter((d) -> d.name().equals("notifications")).findFirst().orElseThrow()
			.export(learner.getId())).asList().hasSize(1);

		// The teacher's erasure keeps the learner's trail, without the teacher.
		data.erase(teacher.getId());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM prior_learning_claim_event WHERE claim_id = ?"
				+ " AND action = 'MORE_EVIDENCE_REQUESTED' AND actor_id IS NULL", Integer.class, claim.id())).isEqualTo(1);
		assertThat(data.retainedAfterErasure()).isNotEmpty();

		data.erase(learner.getId());
		this.personalData.stream().filter((d) -> d.name().equals("notifications")).findFirst().orElseThrow()
			.erase(learner.getId());
		for (String table : List.of("prior_learning_claim", "prior_learning_claim_event", "prior_learning_claim_file",
				"prior_learning_claim_file_content", "prior_learning_claim_reference")) {
			String sql = table.equals("prior_learning_claim") ? "SELECT COUNT(*) FROM prior_learning_claim WHERE id = ?"
					: table.equals("prior_learning_claim_file_content")
							? "SELECT COUNT(*) FROM prior_learning_claim_file_content c JOIN prior_learning_claim_file f"
									+ " ON f.id = c.file_id WHERE f.claim_id = ?"
							: "SELECT COUNT(*) FROM " + table + " WHERE claim_id = ?";
			assertThat(this.jdbc.queryForObject(sql, Integer.class, claim.id())).as(table).isZero();
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM prior_learning_claim_file_content WHERE file_id = ?",
				Integer.class, claim.files().get(0).id())).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient_id = ?", Integer.class,
				learner.getId())).isZero();
	}

}
