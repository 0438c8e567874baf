package org.cellpath.platform.learning;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cellpath.platform.identity.AccessRules;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The learner's own learning account, as a page and through the API. */
@Controller
@Tag(name = "Learning account")
class LearningAccountController {

	private final Attainments attainments;

	LearningAccountController(Attainments attainments) {
		this.attainments = attainments;
	}

	@GetMapping("/me/learning")
	@Transactional(readOnly = true)
	String page(@CurrentUser User learner, Model model) {
		List<Attainment> mine = this.attainments.findByLearnerIdOrderByAttainedAtDesc(learner.getId());
		mine.forEach(Attainment::getEvidence);
		model.addAttribute("attainments", mine);
		return "learning/account";
	}

	@GetMapping(path = "/api/v1/me/learning-account", produces = "application/json")
	@ResponseBody
	@Transactional(readOnly = true)
	@Operation(summary = "The signed-in learner's attainments with their evidence (learner)")
	AccountView api(@CurrentUser User learner) {
		return new AccountView(learner.getUsername(), this.attainments
			.findByLearnerIdOrderByAttainedAtDesc(learner.getId())
			.stream()
			.map(AttainmentView::of)
			.toList());
	}

	record AccountView(String learner, List<AttainmentView> attainments) {
	}

	record AttainmentView(long id, OutcomeRef outcome, Instant attainedAt, List<EvidenceView> evidence) {

		static AttainmentView of(Attainment attainment) {
			return new AttainmentView(attainment.getId(),
					new OutcomeRef(attainment.getOutcome().getId(), attainment.getOutcome().getCode(),
							attainment.getOutcome().getStatement(), attainment.getOutcome().getEqfLevel()),
					attainment.getAttainedAt(), attainment.getEvidence().stream().map(EvidenceView::of).toList());
		}

	}

	record OutcomeRef(long id, String code, String statement, int eqfLevel) {
	}

	record EvidenceView(EvidenceType type, String source, String sourceRef, Instant recordedAt) {

		static EvidenceView of(AttainmentEvidence evidence) {
			return new EvidenceView(evidence.getType(), evidence.getSourceLabel(), evidence.getSourceRef(),
					evidence.getRecordedAt());
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
