package org.cellpath.platform.framework;

import jakarta.validation.Valid;

import org.cellpath.platform.web.FormErrors;
import org.cellpath.platform.web.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ESCO skills that outcomes can be linked to, and adding new ones. */
@Controller
class SkillController {

	private final Skills skills;

	private final Framework framework;

	SkillController(Skills skills, Framework framework) {
		this.skills = skills;
		this.framework = framework;
	}

	@GetMapping("/skills")
	String list(Model model) {
		model.addAttribute("form", new SkillForm("", ""));
		model.addAttribute("skills", this.skills.findAllByOrderByLabel());
		return "framework/skills";
	}

	@PostMapping("/skills")
	String create(@Valid @ModelAttribute("form") SkillForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.framework.createSkill(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/skills";
			}
			catch (InvalidInputException ex) {
				FormErrors.show(ex, result);
			}
		}
		model.addAttribute("skills", this.skills.findAllByOrderByLabel());
		return "framework/skills";
	}

}
