package org.cellpath.platform.learning.claim;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cellpath.platform.identity.AccessRules;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Prior learning", description = "Claims of prior learning: learners submit them with evidence, teachers assess them")
class ClaimApi {

	private final PriorLearningClaims claims;

	ClaimApi(PriorLearningClaims claims) {
		this.claims = claims;
	}

	@PostMapping(path = "/api/v1/me/prior-learning-claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Claim prior learning (learner)", description = "Multipart form: `outcomes` (outcome codes,"
			+ " repeated), `description`, `links` (http or https, repeated or one per line), optionally a referee"
			+ " (`refereeName`, `refereeOrganisation`, `refereeContact` (email or phone), `refereeConfirms`) and"
			+ " `files` (PDF, PNG, JPEG or WebP, judged by content; the name must agree; size and count limited)."
			+ " Refused whole, with every problem listed, when any part is not acceptable.")
	ResponseEntity<Claim> submit(@CurrentUser User learner, @ModelAttribute ClaimForm form,
			@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		Claim claim = this.claims.submit(learner, form, ClaimController.uploads(files));
		return ResponseEntity.created(URI.create("/api/v1/me/prior-learning-claims/" + claim.id())).body(claim);
	}

	@GetMapping("/api/v1/me/prior-learning-claims")
	@Operation(summary = "Your prior-learning claims with their evidence and audit trail, newest first (learner)")
	List<Claim> mine(@CurrentUser User learner) {
		return this.claims.of(learner);
	}

	@GetMapping("/api/v1/me/prior-learning-claims/{id}")
	@Operation(summary = "One of your prior-learning claims (learner)")
	Claim one(@CurrentUser User learner, @PathVariable long id) {
		return this.claims.ofLearner(learner, id);
	}

	@PostMapping(path = "/api/v1/me/prior-learning-claims/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add the evidence a teacher asked for and submit the claim again (learner)",
			description = "Multipart form: `note` (required), `links`, a referee as for a new claim, and `files`.")
	Claim addEvidence(@CurrentUser User learner, @PathVariable long id, @ModelAttribute MoreEvidenceForm form,
			@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		return this.claims.addEvidence(learner, id, form, ClaimController.uploads(files));
	}

	@GetMapping("/api/v1/me/prior-learning-claims/{id}/files/{fileId}")
	@Operation(summary = "A file of one of your claims, as an attachment of its checked type (learner)")
	ResponseEntity<byte[]> myFile(@CurrentUser User learner, @PathVariable long id, @PathVariable long fileId) {
		this.claims.ofLearner(learner, id);
		return Downloads.of(this.claims.file(learner, id, fileId));
	}

	@GetMapping("/api/v1/prior-learning-claims")
	@Operation(summary = "Claims you may assess, in a status, newest first (teacher)",
			description = "Routed to teachers of the providers that offer a unit for the claimed outcomes; when no"
					+ " provider offers them, any teacher may assess them. Never your own claims.")
	List<Claim> queue(@CurrentUser User teacher,
			@Parameter(description = "submitted (default), more_evidence_requested, approved or rejected")
			@RequestParam(defaultValue = "submitted") String status) {
		return this.claims.queue(teacher, status(status));
	}

	@GetMapping("/api/v1/prior-learning-claims/{id}")
	@Operation(summary = "A claim you may assess, with who may assess it (teacher)")
	PriorLearningClaims.Review review(@CurrentUser User teacher, @PathVariable long id) {
		return this.claims.review(teacher, id);
	}

	@PostMapping("/api/v1/prior-learning-claims/{id}/decision")
	@Operation(summary = "Decide a submitted claim (teacher)", description = "`{\"decision\": \"approve|reject|more-evidence\","
			+ " \"note\": \"...\"}`. A reason is required to reject and a request to ask for more evidence. Approving"
			+ " credits each claimed outcome as validated prior learning, naming you as the assessor.")
	Claim decide(@CurrentUser User teacher, @PathVariable long id, @RequestBody Decision decision) {
		return this.claims.decide(teacher, id, decision);
	}

	@GetMapping("/api/v1/prior-learning-claims/{id}/files/{fileId}")
	@Operation(summary = "A file of a claim you may assess, as an attachment of its checked type (teacher)")
	ResponseEntity<byte[]> file(@CurrentUser User teacher, @PathVariable long id, @PathVariable long fileId) {
		return Downloads.of(this.claims.file(teacher, id, fileId));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Not allowed");
		return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ClaimStatus status(String value) {
		try {
			return ClaimStatus.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new org.cellpath.platform.web.InvalidInputException("status", "claims.status.invalid",
					"'" + value + "' is not a claim status; use submitted, more_evidence_requested, approved or rejected");
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Access {

		@Bean
		AccessRules priorLearningAccess() {
			return (paths) -> {
				paths.requestMatchers("/me/prior-learning", "/me/prior-learning/**", "/api/v1/me/prior-learning-claims",
						"/api/v1/me/prior-learning-claims/**")
					.hasRole("LEARNER");
				paths.requestMatchers("/assess/claims", "/assess/claims/**", "/api/v1/prior-learning-claims",
						"/api/v1/prior-learning-claims/**")
					.hasRole("TEACHER");
			};
		}

	}

}
