package org.cellpath.platform.admin;

import java.time.Clock;

import jakarta.validation.Valid;

import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Organisations;
import org.cellpath.platform.identity.Regions;
import org.cellpath.platform.identity.Role;
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

/** The platform admin's list of users, the form that creates one, and unlocking. */
@Controller
class UserAdminController {

	static final int PAGE_SIZE = 50;

	private final Organisations organisations;

	private final Regions regions;

	private final UserAdministration administration;

	private final Clock clock;

	UserAdminController(Organisations organisations, Regions regions, UserAdministration administration,
			Clock clock) {
		this.organisations = organisations;
		this.regions = regions;
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("form", NewUserForm.empty());
		return show(q, page, model);
	}

	// Not transactional: a rejected form must not leave a rollback-only transaction behind.
	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				User created = this.administration.create(form);
				redirect.addFlashAttribute("created", created.getUsername());
				return "redirect:/admin/users";
			}
			catch (InvalidInputException ex) {
				FormErrors.show(ex, result);
			}
		}
		// The page never shows the password again; the form's other fields keep what was entered.
		return show(null, 0, model);
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		User unlocked = this.administration.unlock(id);
		redirect.addFlashAttribute("unlocked", unlocked.getUsername());
		return "redirect:/admin/users";
	}

	private String show(String q, int page, Model model) {
		String text = (q != null && q.length() <= 100) ? q.trim() : "";
		model.addAttribute("q", text);
		model.addAttribute("users", this.administration.find(text, page, PAGE_SIZE));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", this.organisations.findAllByOrderByName());
		model.addAttribute("regions", this.regions.findAllByOrderByName());
		model.addAttribute("providerType", OrganisationType.PROVIDER);
		return "admin/users";
	}

}
