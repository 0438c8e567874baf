package org.cellpath.course.attempt;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.TestUnits;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.learning.LearningInProgress;
import org.cellpath.platform.learning.OutcomeOfferings;
import org.cellpath.platform.learning.PersonalData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Course content answers the platform's questions: who offers an outcome, what is in progress, what data it keeps. */
@SpringBootTest
@AutoConfigureMockMvc
class CourseSpiTests {

	@Autowired
	List<OutcomeOfferings> offerings;

	@Autowired
	List<LearningInProgress> inProgress;

	@Autowired
	List<PersonalData> personalData;

	@Autowired
	UnitAttempts attempts;

	@Autowired
	UnitAuthoring authoring;

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestUnits testUnits;

	@Autowired
	TestFramework framework;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ownersAndCoOwnersOfAPublishedUnitOfferItsOutcomesAndDraftsOfferNothing() {
		User teacher = this.testUsers.user(Role.TEACHER);
		Organisation partner = this.testUsers.organisation(OrganisationType.PROVIDER);
		LearningOutcome outcome = this.framework.outcome(4);
		ObjectNode document = TestUnits.document("Offered jointly", outcome.getCode());
		document.putArray("coProviders").add(partner.getSlug());
		long unitId = this.authoring.createDraft(document, teacher).unitId();
		assertThat(offering(outcome)).isEmpty();

		this.authoring.publish(unitId, teacher);
		assertThat(offering(outcome)).containsExactlyInAnyOrder(teacher.getOrganisation().getId(), partner.getId());
	}

	@Test
	void aStartedUnitIsInProgressUntilTheLearnerPassesIt() {
		TestUnits.Published unit = this.testUnits.published(this.testUsers.user(Role.TEACHER));
		User learner = this.testUsers.user(Role.LEARNER);
		this.attempts.reach(unit.unitId(), 1, learner);

		List<LearningInProgress.Activity> activities = activities(learner, Locale.forLanguageTag("sv"));
		assertThat(activities).singleElement().satisfies((activity) -> {
			assertThat(activity.href()).isEqualTo("/units/" + unit.unitId() + "/learn");
			assertThat(activity.title()).isEqualTo("Litiumjonceller: så fungerar de");
			assertThat(activity.percentDone()).isEqualTo(40);
		});

		this.attempts.submit(unit.unitId(), TestUnits.rightAnswers(), learner, "en");
		assertThat(activities(learner, Locale.ENGLISH)).isEmpty();
	}

	@Test
	void aLearnersAttemptsAndProgressAreExportedAndErased() {
		TestUnits.Published unit = this.testUnits.published(this.testUsers.user(Role.TEACHER));
		User learner = this.testUsers.user(Role.LEARNER);
		this.attempts.reach(unit.unitId(), 0, learner);
		this.attempts.submit(unit.unitId(), TestUnits.rightAnswers(), learner, "en");
		PersonalData data = this.personalData.stream().filter((d) -> d.name().equals("unitAttempts")).findFirst().orElseThrow();

		Map<?, ?> exported = (Map<?, ?>) data.export(learner.getId());
		assertThat((List<?>) exported.get("attempts")).hasSize(1);
		assertThat((List<?>) exported.get("progress")).hasSize(1);

		data.erase(learner.getId());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM course_unit_attempt WHERE learner_id = ?", Long.class,
				learner.getId())).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM course_unit_progress WHERE learner_id = ?", Long.class,
				learner.getId())).isZero();
	}

	private java.util.Set<Long> offering(LearningOutcome outcome) {
		java.util.Set<Long> providers = new java.util.HashSet<>();
		this.offerings.forEach((o) -> providers.addAll(o.providersOffering(outcome.getId())));
		return providers;
	}

	private List<LearningInProgress.Activity> activities(User learner, Locale locale) {
		return this.inProgress.stream().flatMap((p) -> p.inProgress(learner.getId(), locale).stream()).toList();
	}

}
