package org.cellpath.platform.learning.claim;

import java.util.List;
import java.util.Objects;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The learner's prior-learning pages: their claims, a new claim, and one claim with its trail. */
@Controller
class ClaimController {

	private final PriorLearningClaims claims;

	private final OutcomeChoice outcomes;

	ClaimController(PriorLearningClaims claims, OutcomeChoice outcomes) {
		this.claims = claims;
		this.outcomes = outcomes;
	}

	@GetMapping("/me/prior-learning")
	String mine(@CurrentUser User learner, Model model) {
		model.addAttribute("claims", this.claims.of(learner));
		return "claims/mine";
	}

	@GetMapping("/me/prior-learning/new")
	String newClaim(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("form", ClaimForm.empty());
		return showForm(q, model);
	}

	/** Submits the claim, or, with {@code action=search}, shows the form again with other outcomes to choose from. */
	@PostMapping("/me/prior-learning")
	String submit(@CurrentUser User learner, @ModelAttribute("form") ClaimForm form, BindingResult result,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "submit") String action,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		if (!"search".equals(action) && !result.hasErrors()) {
			try {
				Claim claim = this.claims.submit(learner, form, uploads(files));
				redirect.addFlashAttribute("submitted", true);
				return "redirect:/me/prior-learning/" + claim.id();
			}
			catch (RefusedInput ex) {
				ex.showOn(result);
			}
		}
		return showForm(q, model);
	}

	@GetMapping("/me/prior-learning/{id}")
	String claim(@CurrentUser User learner, @PathVariable long id, Model model) {
		model.addAttribute("claim", this.claims.ofLearner(learner, id));
		model.addAttribute("form", MoreEvidenceForm.empty());
		model.addAttribute("settings", this.claims.settings());
		return "claims/claim";
	}

	@PostMapping("/me/prior-learning/{id}/evidence")
	String addEvidence(@CurrentUser User learner, @PathVariable long id,
			@ModelAttribute("form") MoreEvidenceForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.claims.addEvidence(learner, id, form, uploads(files));
				redirect.addFlashAttribute("resubmitted", true);
				return "redirect:/me/prior-learning/" + id;
			}
			catch (RefusedInput ex) {
				ex.showOn(result);
			}
		}
		model.addAttribute("claim", this.claims.ofLearner(learner, id));
		model.addAttribute("settings", this.claims.settings());
		return "claims/claim";
	}

	@GetMapping("/me/prior-learning/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@CurrentUser User learner, @PathVariable long id, @PathVariable long fileId) {
		this.claims.ofLearner(learner, id);
		return Downloads.of(this.claims.file(learner, id, fileId));
	}

	private String showForm(String q, Model model) {
		ClaimForm form = (ClaimForm) model.getAttribute("form");
		List<OutcomeChoice.Option> chosen = this.outcomes.withCodes(Objects.requireNonNull(form).outcomes());
		model.addAttribute("chosen", chosen);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("results", this.outcomes.search(q)
			.stream()
			.filter((option) -> chosen.stream().noneMatch((c) -> c.id() == option.id()))
			.toList());
		model.addAttribute("settings", this.claims.settings());
		return "claims/new";
	}

	/** The files a form sent; a file input left empty sends one nameless, empty part, which is no file. */
	static List<EvidenceUpload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((file) -> !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())))
			.map((file) -> new EvidenceUpload(file.getOriginalFilename(), file.getSize(), file))
			.toList();
	}

}
