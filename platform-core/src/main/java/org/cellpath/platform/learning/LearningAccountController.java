package org.cellpath.platform.learning;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.identity.AccessRules;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.learning.account.LearningRecord;
import org.cellpath.platform.learning.account.LearningRecords;
import org.cellpath.platform.learning.account.OccupationCoverage;
import org.cellpath.platform.learning.account.RecordedAttainment;
import org.cellpath.platform.learning.account.RecordedEvidence;
import org.cellpath.platform.learning.account.RecordedOutcome;
import org.cellpath.platform.learning.account.TimelineEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The learner's own learning account, as a page with several views and through the API. */
@Controller
@Tag(name = "Learning account")
class LearningAccountController {

	/** The views of the account page, each a tab. */
	enum AccountTab {

		OUTCOMES, TIMELINE, CATEGORIES, LEVELS, OCCUPATIONS;

		String param() {
			return name().toLowerCase(Locale.ROOT);
		}

		static AccountTab of(String param) {
			for (AccountTab tab : values()) {
				if (tab.param().equals(param)) {
					return tab;
				}
			}
			return OUTCOMES;
		}

	}

	private final LearningRecords records;

	LearningAccountController(LearningRecords records) {
		this.records = records;
	}

	@GetMapping("/me/learning")
	String page(@CurrentUser User learner, @RequestParam(defaultValue = "outcomes") String view, Locale locale,
			Model model) {
		AccountTab tab = AccountTab.of(view);
		LearningRecord record = this.records.of(learner.getId());
		model.addAttribute("record", record);
		model.addAttribute("tabs", Arrays.stream(AccountTab.values()).map(AccountTab::param).toList());
		model.addAttribute("tab", tab.param());
		model.addAttribute("inProgress", this.records.inProgress(learner.getId(), locale));
		switch (tab) {
			case TIMELINE -> model.addAttribute("timeline", record.timeline());
			case CATEGORIES -> model.addAttribute("groups", record.byCategory());
			case LEVELS -> model.addAttribute("groups", record.byEqfLevel());
			case OCCUPATIONS -> model.addAttribute("coverage", this.records.coverage(record));
			default -> {
			}
		}
		return "learning/account";
	}

	@GetMapping(path = "/api/v1/me/learning-account", produces = "application/json")
	@ResponseBody
	@Operation(summary = "The signed-in learner's learning account (learner)",
			description = "Every attainment with its evidence (type, source, assessor, date), what is in progress, "
					+ "a timeline (newest first), and the account grouped by skill category, by EQF level and by "
					+ "occupation (which required outcomes are covered and which are missing).")
	AccountView api(@Parameter(hidden = true) @CurrentUser User learner, Locale locale) {
		LearningRecord record = this.records.of(learner.getId());
		return new AccountView(learner.getUsername(), record.attainments().stream().map(AttainmentView::of).toList(),
				this.records.inProgress(learner.getId(), locale)
					.stream()
					.map((a) -> new InProgressView(a.title(), a.href(), a.percentDone(), a.lastActivity()))
					.toList(),
				record.timeline().stream().map(TimelineView::of).toList(),
				record.byCategory()
					.stream()
					.map((group) -> new CategoryView(group.key(), codes(group.attainments())))
					.toList(),
				record.byEqfLevel()
					.stream()
					.map((group) -> new LevelView(group.key(), codes(group.attainments())))
					.toList(),
				this.records.coverage(record).stream().map(CoverageView::of).toList());
	}

	private static List<String> codes(List<RecordedAttainment> attainments) {
		return attainments.stream().map((attainment) -> attainment.outcome().code()).toList();
	}

	private static List<String> outcomeCodes(List<RecordedOutcome> outcomes) {
		return outcomes.stream().map(RecordedOutcome::code).toList();
	}

	/**
	 * The learning account through the API. {@code learner} and {@code attainments} are as they
	 * were first published; the rest was added.
	 */
	record AccountView(String learner, List<AttainmentView> attainments, List<InProgressView> inProgress,
			List<TimelineView> timeline, List<CategoryView> byCategory, List<LevelView> byEqfLevel,
			List<CoverageView> byOccupation) {
	}

	record AttainmentView(long id, OutcomeRef outcome, Instant attainedAt, List<EvidenceView> evidence) {

		static AttainmentView of(RecordedAttainment attainment) {
			RecordedOutcome outcome = attainment.outcome();
			return new AttainmentView(attainment.id(),
					new OutcomeRef(outcome.id(), outcome.code(), outcome.statement(), outcome.eqfLevel(),
							outcome.category()),
					attainment.attainedAt(), attainment.evidence().stream().map(EvidenceView::of).toList());
		}

	}

	record OutcomeRef(long id, String code, String statement, int eqfLevel, SkillCategory category) {
	}

	/** One piece of evidence; {@code assessor} is the name of the person who assessed it, or null. */
	record EvidenceView(EvidenceType type, String source, String sourceRef, String assessor, Instant recordedAt) {

		static EvidenceView of(RecordedEvidence evidence) {
			return new EvidenceView(evidence.type(), evidence.source(), evidence.sourceRef(), evidence.assessor(),
					evidence.recordedAt());
		}

	}

	record InProgressView(String title, String href, int percentDone, Instant lastActivity) {
	}

	/** One event of the timeline: {@code attained} or {@code evidence} (added to an earlier attainment). */
	record TimelineView(Instant at, String kind, String outcome, EvidenceType evidenceType, String source) {

		static TimelineView of(TimelineEntry entry) {
			return new TimelineView(entry.at(), entry.attained() ? "attained" : "evidence", entry.outcome().code(),
					entry.evidence().type(), entry.evidence().source());
		}

	}

	record CategoryView(SkillCategory category, List<String> outcomes) {
	}

	record LevelView(int eqfLevel, List<String> outcomes) {
	}

	record CoverageView(String occupation, String name, int required, int percent, List<String> covered,
			List<String> missing) {

		static CoverageView of(OccupationCoverage coverage) {
			return new CoverageView(coverage.code(), coverage.name(), coverage.required(), coverage.percent(),
					outcomeCodes(coverage.covered()), outcomeCodes(coverage.missing()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Access {

		@Bean
		AccessRules learningAccountAccess() {
			return (paths) -> paths.requestMatchers("/me/learning", "/api/v1/me/learning-account").hasRole("LEARNER");
		}

	}

}
