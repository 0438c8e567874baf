package org.cellpath.platform.framework;

import java.util.List;

import jakarta.validation.Valid;

import org.cellpath.platform.web.FormErrors;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Occupation pages and their editor. */
@Controller
class OccupationController {

	private final Occupations occupations;

	private final LearningOutcomes outcomes;

	private final Framework framework;

	OccupationController(Occupations occupations, LearningOutcomes outcomes, Framework framework) {
		this.occupations = occupations;
		this.outcomes = outcomes;
		this.framework = framework;
	}

	@GetMapping("/occupations")
	@Transactional(readOnly = true)
	String list(Model model) {
		List<Occupation> all = this.occupations.findAllByOrderByName();
		all.forEach(Occupation::getRequiredOutcomes);
		model.addAttribute("occupations", all);
		return "framework/occupations";
	}

	@GetMapping("/occupations/{code}")
	@Transactional(readOnly = true)
	String occupation(@PathVariable String code, Model model) {
		Occupation occupation = find(code);
		occupation.getRequiredOutcomes().forEach(LearningOutcome::getSkills);
		model.addAttribute("occupation", occupation);
		return "framework/occupation";
	}

	@GetMapping("/occupations/new")
	@Transactional(readOnly = true)
	String newOccupation(Model model) {
		model.addAttribute("form", OccupationForm.empty());
		return form(model, false);
	}

	@PostMapping("/occupations")
	String create(@Valid @ModelAttribute("form") OccupationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Occupation created = this.framework.createOccupation(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/occupations/" + created.getCode();
			}
			catch (InvalidInputException ex) {
				FormErrors.show(ex, result);
			}
		}
		return form(model, false);
	}

	@GetMapping("/occupations/{code}/edit")
	@Transactional(readOnly = true)
	String edit(@PathVariable String code, Model model) {
		model.addAttribute("form", OccupationForm.of(find(code)));
		return form(model, true);
	}

	@PostMapping("/occupations/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute("form") OccupationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.framework.updateOccupation(code, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/occupations/" + code;
			}
			catch (InvalidInputException ex) {
				FormErrors.show(ex, result);
			}
		}
		return form(model, true);
	}

	private String form(Model model, boolean editing) {
		model.addAttribute("editing", editing);
		model.addAttribute("allOutcomes", this.outcomes.findAllByOrderByCode());
		return "framework/occupation-form";
	}

	private Occupation find(String code) {
		return this.occupations.findByCode(code)
			.orElseThrow(() -> new NotFoundException("No occupation with code " + code));
	}

}
