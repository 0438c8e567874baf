package org.cellpath.platform.staff;

import jakarta.validation.Valid;

import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.FormErrors;
import org.cellpath.platform.web.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The provider admin's page of their provider's staff, where they add teachers. */
@Controller
class StaffController {

	static final int PAGE_SIZE = 50;

	private final ProviderStaff staff;

	StaffController(ProviderStaff staff) {
		this.staff = staff;
	}

	@GetMapping("/provider/staff")
	String list(@CurrentUser User admin, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("form", NewTeacherForm.empty());
		return show(admin, page, model);
	}

	@PostMapping("/provider/staff")
	String add(@CurrentUser User admin, @Valid @ModelAttribute("form") NewTeacherForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				User added = this.staff.addTeacher(admin, form);
				redirect.addFlashAttribute("added", added.getUsername());
				return "redirect:/provider/staff";
			}
			catch (InvalidInputException ex) {
				FormErrors.show(ex, result);
			}
		}
		return show(admin, 0, model);
	}

	private String show(User admin, int page, Model model) {
		try {
			model.addAttribute("provider", this.staff.providerOf(admin));
			model.addAttribute("staff", this.staff.of(admin, page, PAGE_SIZE));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("noProvider", true);
		}
		return "staff/staff";
	}

}
