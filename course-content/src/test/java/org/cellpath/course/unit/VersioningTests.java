package org.cellpath.course.unit;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.TestUnits;
import org.cellpath.course.WorkflowConflictException;
import org.cellpath.course.attempt.AttemptResult;
import org.cellpath.course.attempt.UnitAttempts;
import org.cellpath.course.catalogue.Catalogue;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A published version never changes: editing makes a new draft, and attainments keep their version. */
@SpringBootTest
@AutoConfigureMockMvc
class VersioningTests {

	@Autowired
	UnitAuthoring authoring;

	@Autowired
	UnitAttempts attempts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestUnits testUnits;

	@Autowired
	UnitVersions versions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLearnerWhoPassedVersionOneKeepsEvidenceOfVersionOneAfterVersionTwoIsPublished() {
		User teacher = this.testUsers.user(Role.TEACHER);
		User learner = this.testUsers.user(Role.LEARNER);
		TestUnits.Published unit = this.testUnits.published(teacher);

		AttemptResult passed = this.attempts.submit(unit.unitId(), TestUnits.rightAnswers(), learner, "en");
		assertThat(passed.passed()).isTrue();
		assertThat(passed.version()).isEqualTo(1);
		assertThat(passed.attainedOutcomes()).containsExactly(unit.outcome().getId());

		ObjectNode edited = TestUnits.document("Cells, second edition", unit.outcome().getCode());
		AuthoredUnit draft = this.authoring.saveDraft(unit.unitId(), edited, teacher);
		assertThat(draft.number()).isEqualTo(2);
		assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
		assertThat(this.catalogue.unit(unit.unitId(), "en").version()).as("learners still see version 1").isEqualTo(1);

		AuthoredUnit published = this.authoring.publish(unit.unitId(), teacher);
		assertThat(published.number()).isEqualTo(2);
		assertThat(this.catalogue.unit(unit.unitId(), "en").title()).isEqualTo("Cells, second edition");
		assertThat(this.versions.findByUnitIdAndNumber(unit.unitId(), 1).orElseThrow().getStatus())
			.isEqualTo(VersionStatus.SUPERSEDED);

		List<String> sources = evidenceOf(learner);
		assertThat(sources).containsExactly("unit:" + unit.unitId() + ":v1:attempt:" + passed.attemptId());

		assertThatThrownBy(() -> this.attempts.submit(unit.unitId(), 1, TestUnits.rightAnswers(), learner, "en"))
			.as("answers to version 1 are not scored against version 2")
			.isInstanceOf(WorkflowConflictException.class);
		assertThat(this.attempts.submit(unit.unitId(), 2, TestUnits.rightAnswers(), learner, "en").version()).isEqualTo(2);
	}

	@Test
	void editingAPublishedUnitLeavesThePublishedDocumentAsItWas() {
		User teacher = this.testUsers.user(Role.TEACHER);
		TestUnits.Published unit = this.testUnits.published(teacher);
		String before = this.authoring.export(unit.unitId(), 1, teacher).title();

		this.authoring.saveDraft(unit.unitId(), TestUnits.document("A new title", unit.outcome().getCode()), teacher);
		this.authoring.saveDraft(unit.unitId(), TestUnits.document("A newer title", unit.outcome().getCode()), teacher);

		assertThat(this.authoring.export(unit.unitId(), 1, teacher).title()).isEqualTo(before);
		assertThat(this.authoring.export(unit.unitId(), 2, teacher).title()).isEqualTo("A newer title");
		assertThat(this.authoring.versions(unit.unitId(), teacher)).extracting(AuthoredUnit::number).containsExactly(2, 1);
	}

	@Test
	void retiringAUnitTakesItOutOfTheCatalogueAndPublishingAgainBringsItBack() {
		User teacher = this.testUsers.user(Role.TEACHER);
		TestUnits.Published unit = this.testUnits.published(teacher);

		this.authoring.retire(unit.unitId(), teacher);
		assertThat(this.catalogue.isPublished(unit.unitId())).isFalse();

		this.authoring.saveDraft(unit.unitId(), TestUnits.document("Back again", unit.outcome().getCode()), teacher);
		this.authoring.publish(unit.unitId(), teacher);
		assertThat(this.catalogue.unit(unit.unitId(), "en").version()).isEqualTo(2);
	}

	private List<String> evidenceOf(User learner) {
		return this.jdbc.queryForList("SELECT e.source_ref FROM attainment_evidence e JOIN attainment a"
				+ " ON a.id = e.attainment_id WHERE a.learner_id = ?", String.class, learner.getId());
	}

}
