package org.cellpath.course.authoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.authoring.UnitDocuments.FormProblem;
import org.cellpath.course.content.SafeMarkdown;
import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.exchange.UnitValidator;
import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit editor. One form carries the whole unit; its buttons add, remove and move blocks,
 * items and their entries by posting the form back (htmx swaps only the editor), and saving
 * hands the exchange document to {@link UnitAuthoring}. Every problem comes back next to its
 * field with everything typed kept.
 */
@Controller
class UnitEditorController {

	private final UnitAuthoring authoring;

	private final SafeMarkdown markdown;

	private final EditorChoices choices;

	private final MessageSource messages;

	UnitEditorController(UnitAuthoring authoring, SafeMarkdown markdown, EditorChoices choices,
			MessageSource messages) {
		this.authoring = authoring;
		this.markdown = markdown;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping("/teach/units/new")
	String newUnit(@CurrentUser User teacher, Locale locale, Model model) {
		return page(UnitForm.empty(locale.getLanguage()), null, teacher, locale, model);
	}

	@PostMapping("/teach/units/new")
	String create(@CurrentUser User teacher, @ModelAttribute("form") UnitForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
			RedirectAttributes redirect) {
		if ("save".equals(action)) {
			ObjectNode document = check(form, null, result);
			if (!result.hasErrors()) {
				try {
					AuthoredUnit draft = this.authoring.createDraft(document, teacher);
					redirect.addFlashAttribute("done", "saved");
					return "redirect:/teach/units/" + draft.unitId();
				}
				catch (InvalidInputException ex) {
					show(ex.problems(), result);
				}
			}
		}
		else {
			rework(form, action, model);
		}
		return (htmx != null && !"save".equals(action)) ? fragment(form, null, teacher, locale, model)
				: page(form, null, teacher, locale, model);
	}

	@GetMapping("/teach/units/{id}/edit")
	String edit(@CurrentUser User teacher, @PathVariable long id, Locale locale, Model model) {
		JsonNode working = UnitFormat.toTree(this.authoring.workingDocument(id, teacher));
		AuthoredUnit editing = editing(id, teacher);
		UnitForm form = UnitDocuments.toForm(working);
		form.setBasedOn(stamp(editing));
		model.addAttribute("editing", editing);
		return page(form, id, teacher, locale, model);
	}

	@PostMapping("/teach/units/{id}/edit")
	String save(@CurrentUser User teacher, @PathVariable long id, @ModelAttribute("form") UnitForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
			RedirectAttributes redirect) {
		// Reading the working document checks that the teacher may edit the unit at all.
		JsonNode working = UnitFormat.toTree(this.authoring.workingDocument(id, teacher));
		boolean saving = "save".equals(action) || "saveAnyway".equals(action);
		if (saving) {
			AuthoredUnit editing = editing(id, teacher);
			ObjectNode document = check(form, working, result);
			if (!result.hasErrors() && "save".equals(action) && changedSince(form.getBasedOn(), editing)) {
				// A colleague saved (or moved the unit on) since this page was opened: say so rather
				// than overwrite their work; the teacher may still save over it on purpose.
				result.reject("authoring.problem.changedMeanwhile");
				model.addAttribute("changedMeanwhile", true);
			}
			if (!result.hasErrors()) {
				try {
					this.authoring.saveDraft(id, document, teacher);
					redirect.addFlashAttribute("done", "saved");
					return "redirect:/teach/units/" + id;
				}
				catch (InvalidInputException ex) {
					show(ex.problems(), result);
				}
			}
		}
		else {
			rework(form, action, model);
		}
		if (htmx != null && !saving) {
			return fragment(form, id, teacher, locale, model);
		}
		model.addAttribute("editing", editing(id, teacher));
		return page(form, id, teacher, locale, model);
	}

	/** What the editor was opened on: the version and when it last changed. */
	private static String stamp(AuthoredUnit version) {
		return version.versionId() + "@" + version.updatedAt();
	}

	private static boolean changedSince(String basedOn, AuthoredUnit editing) {
		return basedOn != null && !basedOn.isBlank() && !basedOn.equals(stamp(editing));
	}

	/**
	 * The version the editor changes: the open one (saving returns a version in review to its
	 * authors as a draft), else the latest, after which saving opens a new version.
	 */
	private AuthoredUnit editing(long id, User teacher) {
		List<AuthoredUnit> versions = this.authoring.versions(id, teacher);
		return versions.stream().filter((version) -> version.status().isOpen()).findFirst().orElse(versions.get(0));
	}

	/** The live preview: the unit as the form stands, for htmx while the teacher types. */
	@PostMapping("/teach/units/preview")
	String preview(@ModelAttribute("form") UnitForm form, Locale locale, Model model) {
		addPreview(form, locale, model);
		return "authoring/preview :: preview";
	}

	/** The outcome search's results, for htmx while the teacher types the query. */
	@PostMapping("/teach/units/outcome-search")
	String searchOutcomes(@ModelAttribute("form") UnitForm form, Model model) {
		model.addAttribute("foundOutcomes", this.choices.search(form.getOutcomeQuery(), form.getOutcomes()));
		return "authoring/editor :: outcomeResults";
	}

	/**
	 * Adds an uploaded file to the draft as an attachment block. The file travels in its own
	 * form because the editor's form is not multipart (its many fields would pass the server's
	 * limit on parts), and the draft's document carries the file from then on.
	 */
	@PostMapping("/teach/units/{id}/attachments")
	String attach(@CurrentUser User teacher, @PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "") String caption, RedirectAttributes redirect) throws IOException {
		ObjectNode working = (ObjectNode) UnitFormat.toTree(this.authoring.workingDocument(id, teacher));
		if (file.isEmpty()) {
			redirect.addFlashAttribute("uploadProblemKey", "authoring.upload.empty");
			return "redirect:/teach/units/" + id + "/edit#upload-heading";
		}
		ArrayNode content = working.withArray("content");
		ObjectNode block = content.addObject();
		block.put("type", "attachment");
		block.put("fileName", fileName(file.getOriginalFilename()));
		block.put("mediaType", StringUtils.hasText(file.getContentType()) ? file.getContentType()
				: "application/octet-stream");
		block.put("data", Base64.getEncoder().encodeToString(file.getBytes()));
		if (!caption.isBlank()) {
			block.put("caption", caption.strip());
		}
		try {
			this.authoring.saveDraft(id, working, teacher);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/teach/units/" + id + "/edit";
		}
		catch (InvalidInputException ex) {
			String at = "/content/" + (content.size() - 1);
			List<String> problems = ex.problems()
				.stream()
				.filter((problem) -> problem.field().startsWith(at))
				.map(FieldProblem::defaultMessage)
				.toList();
			redirect.addFlashAttribute("uploadProblem", problems.isEmpty() ? null : String.join("; ", problems));
			redirect.addFlashAttribute("uploadProblemKey", problems.isEmpty() ? "authoring.upload.draftInvalid" : null);
			return "redirect:/teach/units/" + id + "/edit#upload-heading";
		}
	}

	private static String fileName(String original) {
		String name = (original != null) ? StringUtils.getFilename(original.replace('\\', '/')) : null;
		return StringUtils.hasText(name) ? name : "attachment";
	}

	/**
	 * The document the form describes, with every problem the form and the validator find put
	 * on the form's fields. The course service checks again when it stores the document, with
	 * what only it knows (outcome codes, providers).
	 */
	private ObjectNode check(UnitForm form, JsonNode working, BindingResult result) {
		List<FormProblem> formProblems = new ArrayList<>();
		ObjectNode document = UnitDocuments.toDocument(form, working, formProblems);
		if (!formProblems.isEmpty()) {
			// The service is not asked while the form itself is wrong, so say here what only it would.
			this.choices.chosen(form.getOutcomes())
				.stream()
				.filter((outcome) -> outcome.eqfLevel() == 0)
				.forEach((unknown) -> formProblems.add(new FormProblem("outcomes", "authoring.problem.unknownOutcome",
						unknown.code())));
			Set<String> taken = new HashSet<>(UnitDocuments.fields(formProblems));
			// An order that is not one leaves the answer out; the validator's word on that would repeat it.
			formProblems.stream()
				.filter((problem) -> problem.field().endsWith(".positions"))
				.forEach((problem) -> taken.add(problem.field().replace(".positions", ".answer")));
			List<FieldProblem> problems = new ArrayList<>();
			formProblems.forEach((problem) -> problems.add(new FieldProblem(problem.field(), problem.messageKey(),
					problem.argument())));
			UnitValidator.problems(document)
				.stream()
				.filter((problem) -> !taken.contains(String.valueOf(UnitDocuments.fieldFor(problem.field()))))
				.forEach(problems::add);
			show(problems, result);
		}
		return document;
	}

	/**
	 * Puts problems on the fields they name, in the order of the page so that the error summary
	 * reads top to bottom: the service's by their pointers (on the whole form when the editor has
	 * no field for one), the form's own by field name.
	 */
	private static void show(List<FieldProblem> problems, BindingResult result) {
		List<FieldProblem> sorted = new ArrayList<>(problems);
		sorted.sort(Comparator.comparing((FieldProblem problem) -> FieldOrder.of(fieldOf(problem))));
		for (FieldProblem problem : sorted) {
			String field = fieldOf(problem);
			if (problem.messageKey().startsWith("authoring.")) {
				result.rejectValue(field, problem.messageKey(), new Object[] { problem.defaultMessage() }, null);
			}
			else if (field != null) {
				ProblemMessages.Message local = ProblemMessages.of(problem);
				if (local != null) {
					result.rejectValue(field, local.key(), local.arguments(), problem.defaultMessage());
				}
				else {
					result.rejectValue(field, problem.messageKey(), problem.defaultMessage());
				}
			}
			else {
				result.reject("authoring.problem.at", new Object[] { problem.field(), problem.defaultMessage() },
						problem.field() + " " + problem.defaultMessage());
			}
		}
	}

	/** The form field of a problem: the form's own problems name it, the service's point at it. */
	private static String fieldOf(FieldProblem problem) {
		return problem.messageKey().startsWith("authoring.") ? problem.field() : UnitDocuments.fieldFor(problem.field());
	}

	/** Carries out a structural button, or the outcome search without JavaScript. */
	private void rework(UnitForm form, String action, Model model) {
		if ("searchOutcomes".equals(action)) {
			model.addAttribute("foundOutcomes", this.choices.search(form.getOutcomeQuery(), form.getOutcomes()));
		}
		else {
			String added = form.apply(action);
			if (added != null) {
				model.addAttribute("focus", form.idOf(added));
			}
		}
	}

	private String page(UnitForm form, Long unitId, User teacher, Locale locale, Model model) {
		addEditor(form, unitId, teacher, locale, model);
		return "authoring/editor";
	}

	private String fragment(UnitForm form, Long unitId, User teacher, Locale locale, Model model) {
		addEditor(form, unitId, teacher, locale, model);
		return "authoring/editor :: editor";
	}

	private void addEditor(UnitForm form, Long unitId, User teacher, Locale locale, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("unitId", unitId);
		model.addAttribute("formAction", (unitId != null) ? "/teach/units/" + unitId + "/edit" : "/teach/units/new");
		model.addAttribute("languages", this.choices.languages(locale, form.getLanguage()));
		model.addAttribute("licences", UnitForm.LICENCES);
		model.addAttribute("deliveryModes", UnitForm.DELIVERY_MODES);
		model.addAttribute("creditSystems", UnitForm.CREDIT_SYSTEMS);
		model.addAttribute("blockTypes", BlockForm.TYPES);
		model.addAttribute("itemTypes", ItemForm.TYPES);
		model.addAttribute("providers", this.choices.coProviders(teacher.getOrganisation()));
		model.addAttribute("chosenOutcomes", this.choices.chosen(form.getOutcomes()));
		addPreview(form, locale, model);
	}

	private void addPreview(UnitForm form, Locale locale, Model model) {
		model.addAttribute("renderedBlocks",
				form.getBlocks().stream().map((block) -> this.markdown.render(block.getMarkdown())).toList());
		model.addAttribute("safeLinks", SafeLinks.INSTANCE);
		model.addAttribute("fieldNames", new FieldNames(this.messages, locale));
	}

}
