package org.cellpath.platform.demand;

import jakarta.validation.Valid;

import org.cellpath.platform.framework.Occupations;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.Regions;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.FormErrors;
import org.cellpath.platform.web.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The employer's page of stated skill needs, where they add and withdraw them. */
@Controller
class DemandController {

	static final int PAGE_SIZE = 50;

	private final SkillNeeds needs;

	private final Occupations occupations;

	private final Regions regions;

	DemandController(SkillNeeds needs, Occupations occupations, Regions regions) {
		this.needs = needs;
		this.occupations = occupations;
		this.regions = regions;
	}

	@GetMapping("/employer/demand")
	String list(@CurrentUser User employer, @RequestParam(defaultValue = "0") int page, Model model) {
		String home = "";
		try {
			home = this.needs.employerOf(employer).getRegion().getCode();
		}
		catch (InvalidInputException ex) {
			// show() tells the person why there is no form.
		}
		model.addAttribute("form", DemandForm.inRegion(home));
		return show(employer, page, model);
	}

	@PostMapping("/employer/demand")
	String state(@CurrentUser User employer, @Valid @ModelAttribute("form") DemandForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.needs.state(employer, form);
				redirect.addFlashAttribute("saved", "demand.saved");
				return "redirect:/employer/demand";
			}
			catch (InvalidInputException ex) {
				FormErrors.show(ex, result);
			}
		}
		return show(employer, 0, model);
	}

	@PostMapping("/employer/demand/{id}/delete")
	String withdraw(@CurrentUser User employer, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.needs.withdraw(employer, id);
			redirect.addFlashAttribute("saved", "demand.withdrawn");
		}
		catch (InvalidInputException noEmployer) {
			// The page explains that the account belongs to no employer.
		}
		return "redirect:/employer/demand";
	}

	private String show(User employer, int page, Model model) {
		try {
			Organisation organisation = this.needs.employerOf(employer);
			model.addAttribute("employer", organisation);
			model.addAttribute("needs", this.needs.of(employer, page, PAGE_SIZE));
			model.addAttribute("occupations", this.occupations.findAllByOrderByName());
			model.addAttribute("regions", this.regions.findAllByOrderByName());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("noEmployer", true);
		}
		return "demand/demand";
	}

}
