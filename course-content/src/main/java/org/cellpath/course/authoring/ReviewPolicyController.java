package org.cellpath.course.authoring;

import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.Organisations;
import org.cellpath.platform.identity.User;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The provider admin's setting whether a second teacher must review a unit before it is published. */
@Controller
class ReviewPolicyController {

	private final UnitAuthoring authoring;

	private final Organisations organisations;

	ReviewPolicyController(UnitAuthoring authoring, Organisations organisations) {
		this.authoring = authoring;
		this.organisations = organisations;
	}

	@GetMapping("/provider/review-policy")
	String policy(@CurrentUser User admin, Model model) {
		Organisation provider = providerOf(admin);
		if (provider == null) {
			model.addAttribute("noProvider", true);
			return "authoring/review-policy";
		}
		model.addAttribute("provider", provider);
		model.addAttribute("requiresReview", this.authoring.requiresReview(provider.getId()));
		return "authoring/review-policy";
	}

	@PostMapping("/provider/review-policy")
	String change(@CurrentUser User admin, @RequestParam(defaultValue = "false") boolean requireReview, Model model,
			RedirectAttributes redirect) {
		Organisation provider = providerOf(admin);
		if (provider == null) {
			model.addAttribute("noProvider", true);
			return "authoring/review-policy";
		}
		this.authoring.requireReview(provider.getId(), requireReview, admin);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/provider/review-policy";
	}

	private Organisation providerOf(User admin) {
		if (admin.getOrganisation() == null) {
			return null;
		}
		return this.organisations.findById(admin.getOrganisation().getId()).filter(Organisation::isProvider).orElse(null);
	}

}
