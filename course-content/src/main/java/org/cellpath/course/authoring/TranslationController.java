package org.cellpath.course.authoring;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's translations: the languages it has, and one translation edited side by side with the
 * original. Saving a translation saves the unit's draft (opening one after a published version),
 * so translations go through the same review as the rest of the unit.
 */
@Controller
class TranslationController {

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private final UnitAuthoring authoring;

	private final EditorChoices choices;

	private final MessageSource messages;

	TranslationController(UnitAuthoring authoring, EditorChoices choices, MessageSource messages) {
		this.authoring = authoring;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping("/teach/units/{id}/translations")
	String translations(@CurrentUser User teacher, @PathVariable long id, Locale locale, Model model) {
		JsonNode working = working(id, teacher);
		String original = working.path("language").asString("");
		List<String> existing = List.copyOf(working.path("translations").propertyNames());
		model.addAttribute("unitId", id);
		model.addAttribute("title", working.path("title").asString(""));
		model.addAttribute("originalLanguageName", EditorChoices.named(original, locale));
		model.addAttribute("existing", existing.stream()
			.sorted()
			.map((code) -> new EditorChoices.LanguageChoice(code, EditorChoices.named(code, locale)))
			.toList());
		model.addAttribute("languages", this.choices.languages(locale, null)
			.stream()
			.filter((language) -> !language.code().equals(original) && !existing.contains(language.code()))
			.toList());
		return "authoring/translations";
	}

	@GetMapping("/teach/units/{id}/translations/new")
	String start(@PathVariable long id, @RequestParam(defaultValue = "") String lang) {
		return "redirect:/teach/units/" + id + "/translations" + (LANGUAGE.matcher(lang).matches() ? "/" + lang : "");
	}

	@GetMapping("/teach/units/{id}/translations/{lang}")
	String translation(@CurrentUser User teacher, @PathVariable long id, @PathVariable String lang, Locale locale,
			Model model) {
		JsonNode working = working(id, teacher);
		checkLanguage(lang, working);
		return page(TranslationForm.of(working, lang), working, id, lang, locale, model);
	}

	@PostMapping("/teach/units/{id}/translations/{lang}")
	String save(@CurrentUser User teacher, @PathVariable long id, @PathVariable String lang,
			@ModelAttribute("form") TranslationForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		JsonNode working = working(id, teacher);
		checkLanguage(lang, working);
		ObjectNode document = (ObjectNode) working.deepCopy();
		document.withObject("translations").set(lang, form.toTranslation(working));
		try {
			this.authoring.saveDraft(id, document, teacher);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/teach/units/" + id + "/translations/" + lang;
		}
		catch (InvalidInputException ex) {
			for (FieldProblem problem : ex.problems()) {
				String field = form.fieldFor(problem.field(), lang);
				ProblemMessages.Message local = ProblemMessages.of(problem);
				if (field != null && local != null) {
					result.rejectValue(field, local.key(), local.arguments(), problem.defaultMessage());
				}
				else if (field != null) {
					result.rejectValue(field, problem.messageKey(), problem.defaultMessage());
				}
				else {
					result.reject("authoring.problem.at", new Object[] { problem.field(), problem.defaultMessage() },
							problem.field() + " " + problem.defaultMessage());
				}
			}
		}
		return page(form, working, id, lang, locale, model);
	}

	private String page(TranslationForm form, JsonNode working, long id, String lang, Locale locale, Model model) {
		UnitForm original = UnitDocuments.toForm(working);
		// The form mirrors the original's shape, also when a stale page posted fewer fields.
		form.fitTo(TranslationForm.of(working, lang));
		model.addAttribute("form", form);
		model.addAttribute("original", original);
		model.addAttribute("unitId", id);
		model.addAttribute("language", lang);
		model.addAttribute("languageName", EditorChoices.named(lang, locale));
		model.addAttribute("originalLanguageName", EditorChoices.named(original.getLanguage(), locale));
		model.addAttribute("fieldNames", new FieldNames(this.messages, locale));
		return "authoring/translation";
	}

	private JsonNode working(long id, User teacher) {
		return UnitFormat.toTree(this.authoring.workingDocument(id, teacher));
	}

	/** A translation is into another language than the unit's own, named by its ISO 639-1 code. */
	private static void checkLanguage(String lang, JsonNode working) {
		if (!LANGUAGE.matcher(lang).matches() || lang.equals(working.path("language").asString(""))) {
			throw new NotFoundException("A unit in " + working.path("language").asString("") + " has no translation "
					+ "page for " + lang);
		}
	}

}
