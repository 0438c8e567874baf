package org.cellpath.platform.framework;

import java.util.Arrays;

import jakarta.validation.Valid;

import org.cellpath.platform.web.FormErrors;
import org.cellpath.platform.web.InvalidInputException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outcomes catalogue and the pages where teachers write outcomes. */
@Controller
class OutcomeController {

	static final int PAGE_SIZE = 20;

	private final LearningOutcomes outcomes;

	private final Occupations occupations;

	private final Skills skills;

	private final Framework framework;

	OutcomeController(LearningOutcomes outcomes, Occupations occupations, Skills skills, Framework framework) {
		this.outcomes = outcomes;
		this.occupations = occupations;
		this.skills = skills;
		this.framework = framework;
	}

	@GetMapping("/outcomes")
	@Transactional(readOnly = true)
	String catalogue(@ModelAttribute("filter") OutcomeFilter filter, BindingResult filterErrors,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		OutcomeFilter applied = filterErrors.hasErrors() ? OutcomeFilter.none() : filter;
		Page<LearningOutcome> results = this.outcomes.findAll(applied.specification(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("eqfLevel", "code")));
		results.forEach(LearningOutcome::getSkills);
		model.addAttribute("results", results);
		model.addAttribute("filter", applied);
		model.addAttribute("filterInvalid", filterErrors.hasErrors());
		addChoices(model);
		return (htmx != null) ? "framework/outcomes :: results" : "framework/outcomes";
	}

	@GetMapping("/outcomes/{code}")
	@Transactional(readOnly = true)
	String outcome(@PathVariable String code, Model model) {
		LearningOutcome outcome = this.framework.outcome(code);
		outcome.getSkills();
		model.addAttribute("outcome", outcome);
		model.addAttribute("occupations", this.occupations.findRequiring(outcome));
		return "framework/outcome";
	}

	@GetMapping("/outcomes/new")
	String newOutcome(Model model) {
		model.addAttribute("form", OutcomeForm.empty());
		model.addAttribute("editing", false);
		addChoices(model);
		return "framework/outcome-form";
	}

	@PostMapping("/outcomes")
	String create(@Valid @ModelAttribute("form") OutcomeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				LearningOutcome created = this.framework.createOutcome(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/outcomes/" + created.getCode();
			}
			catch (InvalidInputException ex) {
				FormErrors.show(ex, result);
			}
		}
		model.addAttribute("editing", false);
		addChoices(model);
		return "framework/outcome-form";
	}

	@GetMapping("/outcomes/{code}/edit")
	@Transactional(readOnly = true)
	String edit(@PathVariable String code, Model model) {
		model.addAttribute("form", OutcomeForm.of(this.framework.outcome(code)));
		model.addAttribute("editing", true);
		addChoices(model);
		return "framework/outcome-form";
	}

	@PostMapping("/outcomes/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute("form") OutcomeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.framework.updateOutcome(code, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/outcomes/" + code;
			}
			catch (InvalidInputException ex) {
				FormErrors.show(ex, result);
			}
		}
		model.addAttribute("editing", true);
		addChoices(model);
		return "framework/outcome-form";
	}

	private void addChoices(Model model) {
		model.addAttribute("types", OutcomeType.values());
		model.addAttribute("bloomLevels", BloomLevel.values());
		model.addAttribute("categories", SkillCategory.values());
		model.addAttribute("eqfLevels", Arrays.asList(1, 2, 3, 4, 5, 6, 7, 8));
		model.addAttribute("skills", this.skills.findAllByOrderByLabel());
	}

}
