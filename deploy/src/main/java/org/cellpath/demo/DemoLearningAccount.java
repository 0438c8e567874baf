package org.cellpath.demo;

import java.util.ArrayList;
import java.util.List;

import org.cellpath.course.attempt.UnitAttempts;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.learning.Evidence;
import org.cellpath.platform.learning.EvidenceType;
import org.cellpath.platform.learning.LearningAccount;
import org.cellpath.platform.learning.account.LearningRecords;
import org.cellpath.platform.learning.account.RecordedAttainment;
import org.cellpath.platform.learning.sharing.ShareForm;
import org.cellpath.platform.learning.sharing.ShareLink;
import org.cellpath.platform.learning.sharing.Sharing;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo learner's learning account: two demo units passed for real (through the same attempt
 * service a learner uses), a handful of outcomes of the cell operator's path with the other kinds
 * of evidence, labelled as recorded for the demo (placement checks and badges arrive with their
 * own features), and one active share
 * link. Evidence is credited by its source, so loading again adds nothing; a new link is made
 * only when the learner has no active one.
 */
@Component
@Order(20)
class DemoLearningAccount implements DemoContent {

	private static final Logger log = LoggerFactory.getLogger(DemoLearningAccount.class);

	/** What the demo learner has attained, and how. */
	private record DemoAttainment(String outcome, EvidenceType type, String source, String label,
			boolean assessedByTeacher) {
	}

	private static final List<DemoAttainment> ATTAINMENTS = List.of(
			new DemoAttainment("BAT-BAS-301", EvidenceType.PLACEMENT_CHECK, "demo:placement:inside-a-cell:v1",
					"Recorded for the demo: placement check of 'Inside a lithium-ion cell', version 1", false),
			new DemoAttainment("BAT-SAF-302", EvidenceType.WORK_BASED_ASSESSMENT, "demo:workplace:dry-room-entry",
					"Recorded for the demo: dry-room entry observed on the assembly line", true),
			new DemoAttainment("BAT-COM-301", EvidenceType.VALIDATED_PRIOR_LEARNING, "demo:prior-learning:shop-floor-english",
					"Recorded for the demo: prior learning in workplace English, validated by a teacher", true),
			new DemoAttainment("BAT-QUA-301", EvidenceType.RECOGNISED_BADGE, "demo:badge:measuring-basics",
					"Recorded for the demo: recognised badge 'Measuring basics' from another region", false),
			// A second piece of evidence for an outcome attained above, so the timeline shows one.
			new DemoAttainment("BAT-SAF-301", EvidenceType.WORK_BASED_ASSESSMENT, "demo:workplace:ppe-round",
					"Recorded for the demo: protective equipment checked on a shift round", true));

	/** The demo units the learner has passed, by file. */
	private static final List<String> PASSED_UNITS = List.of("13-ppe-and-dry-room-clothing.json",
			"11-formation-and-ageing-basics.json");

	/** The outcomes the demo share link shows. */
	private static final List<String> SHARED = List.of("BAT-SAF-301", "BAT-SAF-302", "BAT-BAS-301", "BAT-COM-301");

	private final Users users;

	private final LearningOutcomes outcomes;

	private final LearningAccount account;

	private final LearningRecords records;

	private final Sharing sharing;

	private final DemoUnits units;

	private final UnitAttempts attempts;

	DemoLearningAccount(Users users, LearningOutcomes outcomes, LearningAccount account, LearningRecords records,
			Sharing sharing, DemoUnits units, UnitAttempts attempts) {
		this.users = users;
		this.outcomes = outcomes;
		this.account = account;
		this.records = records;
		this.sharing = sharing;
		this.units = units;
		this.attempts = attempts;
	}

	@Override
	@Transactional
	public void load() {
		User learner = this.users.findByUsername("learner").orElse(null);
		User teacher = this.users.findByUsername("teacher").orElse(null);
		if (learner == null) {
			log.warn("No demo learner: the demo learning account is left out");
			return;
		}
		for (String file : PASSED_UNITS) {
			this.units.published(file)
				.filter((unit) -> this.attempts.history(unit.unitId(), learner).isEmpty())
				.ifPresent((unit) -> {
					ObjectNode answers = JsonNodeFactory.instance.objectNode();
					unit.document()
						.path("assessment")
						.path("items")
						.forEach((item) -> answers.set(item.path("key").asString(), item.path("answer")));
					this.attempts.submit(unit.unitId(), answers, learner, unit.document().path("language").asString());
				});
		}
		for (DemoAttainment attainment : ATTAINMENTS) {
			LearningOutcome outcome = this.outcomes.findByCode(attainment.outcome()).orElse(null);
			if (outcome == null) {
				log.warn("Demo outcome {} is missing: left out of the demo learning account", attainment.outcome());
				continue;
			}
			Long assessor = (attainment.assessedByTeacher() && teacher != null) ? teacher.getId() : null;
			this.account.credit(learner.getId(), outcome.getId(),
					new Evidence(attainment.type(), attainment.source(), attainment.label(), assessor));
		}
		boolean hasActiveLink = this.sharing.of(learner)
			.stream()
			.anyMatch((share) -> share.status() == ShareLink.Status.ACTIVE);
		if (!hasActiveLink) {
			List<Long> shared = new ArrayList<>();
			for (RecordedAttainment attainment : this.records.of(learner.getId()).attainments()) {
				if (SHARED.contains(attainment.outcome().code())) {
					shared.add(attainment.id());
				}
			}
			if (!shared.isEmpty()) {
				this.sharing.create(learner,
						new ShareForm(shared, ShareForm.DEFAULT_DAYS, "For Boreal Cell Works (demo)"));
			}
		}
	}

}
