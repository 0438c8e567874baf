package org.cellpath.platform.learning.workplace;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.identity.AccessRules;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.FormErrors;
import org.cellpath.platform.web.InvalidInputException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teacher's page for recording a work-based assessment, and the same through the API. */
@Controller
class WorkBasedController {

	private final WorkBasedAssessments assessments;

	private final LearningOutcomes outcomes;

	WorkBasedController(WorkBasedAssessments assessments, LearningOutcomes outcomes) {
		this.assessments = assessments;
		this.outcomes = outcomes;
	}

	@GetMapping("/assess/work-based")
	String page(@CurrentUser User teacher, Model model) {
		model.addAttribute("form", WorkBasedForm.empty());
		return show(teacher, model);
	}

	@PostMapping("/assess/work-based")
	String record(@CurrentUser User teacher, @ModelAttribute("form") WorkBasedForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				WorkBasedAssessment recorded = this.assessments.record(teacher, form);
				redirect.addFlashAttribute("recorded", recorded);
				return "redirect:/assess/work-based";
			}
			catch (InvalidInputException ex) {
				FormErrors.show(ex, result);
			}
		}
		return show(teacher, model);
	}

	private String show(User teacher, Model model) {
		model.addAttribute("outcomes", this.outcomes.findAllByOrderByCode());
		model.addAttribute("recordedByMe", this.assessments.recordedBy(teacher));
		return "claims/work-based";
	}

	@RestController
	@Tag(name = "Work-based assessment", description = "Teachers record outcomes that learners showed at a workplace")
	static class Api {

		private final WorkBasedAssessments assessments;

		Api(WorkBasedAssessments assessments) {
			this.assessments = assessments;
		}

		@PostMapping("/api/v1/work-based-assessments")
		@Operation(summary = "Record that a learner showed an outcome at a workplace (teacher)",
				description = "`{\"learner\": \"<username>\", \"outcome\": \"<code>\", \"workplace\": \"...\", \"note\": \"...\","
						+ " \"observedOn\": \"2026-11-20\"}`. Credits the outcome as a work-based assessment naming you,"
						+ " and notifies the learner.")
		ResponseEntity<WorkBasedAssessment> record(@CurrentUser User teacher, @RequestBody WorkBasedForm form) {
			WorkBasedAssessment recorded = this.assessments.record(teacher, form);
			return ResponseEntity.created(URI.create("/api/v1/work-based-assessments/" + recorded.id())).body(recorded);
		}

		@GetMapping("/api/v1/work-based-assessments")
		@Operation(summary = "The work-based assessments you recorded, newest first (teacher)")
		List<WorkBasedAssessment> mine(@CurrentUser User teacher) {
			return this.assessments.recordedBy(teacher);
		}

		@ExceptionHandler(AccessDeniedException.class)
		ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
			problem.setTitle("Not allowed");
			return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Access {

		@Bean
		AccessRules workBasedAccess() {
			return (paths) -> paths.requestMatchers("/assess/work-based", "/api/v1/work-based-assessments",
					"/api/v1/work-based-assessments/**")
				.hasRole("TEACHER");
		}

	}

}
