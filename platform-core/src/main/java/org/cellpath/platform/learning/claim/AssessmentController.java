package org.cellpath.platform.learning.claim;

import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teacher's pages: the queue of claims they may assess, and the review of one claim. */
@Controller
class AssessmentController {

	private final PriorLearningClaims claims;

	AssessmentController(PriorLearningClaims claims) {
		this.claims = claims;
	}

	@GetMapping("/assess/claims")
	String queue(@CurrentUser User teacher, @RequestParam(defaultValue = "SUBMITTED") ClaimStatus status, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", ClaimStatus.values());
		model.addAttribute("claims", this.claims.queue(teacher, status));
		return "claims/queue";
	}

	@GetMapping("/assess/claims/{id}")
	String review(@CurrentUser User teacher, @PathVariable long id, Model model) {
		model.addAttribute("form", Decision.empty());
		return show(teacher, id, model);
	}

	@PostMapping("/assess/claims/{id}/decision")
	String decide(@CurrentUser User teacher, @PathVariable long id, @ModelAttribute("form") Decision form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Claim decided = this.claims.decide(teacher, id, form);
				redirect.addFlashAttribute("decided", decided.status());
				return "redirect:/assess/claims/" + id;
			}
			catch (RefusedInput ex) {
				ex.showOn(result);
			}
		}
		return show(teacher, id, model);
	}

	@GetMapping("/assess/claims/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@CurrentUser User teacher, @PathVariable long id, @PathVariable long fileId) {
		return Downloads.of(this.claims.file(teacher, id, fileId));
	}

	private String show(User teacher, long id, Model model) {
		PriorLearningClaims.Review review = this.claims.review(teacher, id);
		model.addAttribute("claim", review.claim());
		model.addAttribute("routing", review.routing());
		return "claims/review";
	}

}
