package org.cellpath.course.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import org.cellpath.course.NotAllowedException;
import org.cellpath.course.WorkflowConflictException;
import org.cellpath.course.content.SafeMarkdown;
import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.course.unit.VersionStatus;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.Organisations;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The teacher's units by status, and one unit's page: its versions, the workflow buttons that
 * fit where it is (submit, review, publish, retire, start a new version) and a preview.
 */
@Controller
class MyUnitsController {

	/** The statuses the list filters by, in workflow order. */
	static final List<VersionStatus> STATUSES = List.of(VersionStatus.DRAFT, VersionStatus.IN_REVIEW,
			VersionStatus.APPROVED, VersionStatus.PUBLISHED, VersionStatus.RETIRED);

	private final UnitAuthoring authoring;

	private final Organisations organisations;

	private final PeopleNames names;

	private final SafeMarkdown markdown;

	private final MessageSource messages;

	MyUnitsController(UnitAuthoring authoring, Organisations organisations, PeopleNames names, SafeMarkdown markdown,
			MessageSource messages) {
		this.authoring = authoring;
		this.organisations = organisations;
		this.names = names;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping("/teach/units")
	String units(@CurrentUser User teacher, @RequestParam(required = false) String status, Model model) {
		if (teacher.getOrganisation() == null) {
			model.addAttribute("noProvider", true);
			return "authoring/units";
		}
		VersionStatus chosen = Arrays.stream(VersionStatus.values())
			.filter((candidate) -> candidate.name().equals(status))
			.findFirst()
			.orElse(null);
		model.addAttribute("provider", this.organisations.findById(teacher.getOrganisation().getId()).orElseThrow());
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("versions", this.authoring.unitsOf(teacher, chosen));
		model.addAttribute("reviewCount", this.authoring.reviewQueue(teacher).size());
		return "authoring/units";
	}

	@GetMapping("/teach/units/{id}")
	String unit(@CurrentUser User teacher, @PathVariable long id, Locale locale, Model model) {
		List<AuthoredUnit> versions = this.authoring.versions(id, teacher);
		if (versions.isEmpty()) {
			throw new NotFoundException("No unit " + id);
		}
		AuthoredUnit latest = versions.get(0);
		AuthoredUnit open = versions.stream().filter((v) -> v.status().isOpen()).findFirst().orElse(null);
		AuthoredUnit live = versions.stream()
			.filter((v) -> v.status() == VersionStatus.PUBLISHED)
			.findFirst()
			.orElse(null);
		JsonNode working = UnitFormat.toTree(this.authoring.workingDocument(id, teacher));
		Organisation provider = this.organisations.findBySlug(latest.providerSlug()).orElseThrow();
		model.addAttribute("unitId", id);
		model.addAttribute("latest", latest);
		model.addAttribute("versions", versions);
		model.addAttribute("open", open);
		model.addAttribute("live", live);
		model.addAttribute("requiresReview", this.authoring.requiresReview(provider.getId()));
		model.addAttribute("mayReview", open != null && open.status() == VersionStatus.IN_REVIEW
				&& !Objects.equals(open.submittedById(), teacher.getId()));
		model.addAttribute("coProviders", UnitDocuments.strings(working.path("coProviders"))
			.stream()
			.map((slug) -> this.organisations.findBySlug(slug).map(Organisation::getName).orElse(slug))
			.toList());
		model.addAttribute("people", this.names.of(versions));
		UnitForm form = UnitDocuments.toForm(working);
		model.addAttribute("form", form);
		model.addAttribute("renderedBlocks",
				form.getBlocks().stream().map((block) -> this.markdown.render(block.getMarkdown())).toList());
		model.addAttribute("safeLinks", SafeLinks.INSTANCE);
		model.addAttribute("fieldNames", new FieldNames(this.messages, locale));
		return "authoring/unit";
	}

	@PostMapping("/teach/units/{id}/submit")
	String submit(@CurrentUser User teacher, @PathVariable long id, RedirectAttributes redirect) {
		return step(id, teacher, "submitted", redirect, () -> this.authoring.submitForReview(id, teacher));
	}

	@PostMapping("/teach/units/{id}/review")
	String review(@CurrentUser User teacher, @PathVariable long id, @RequestParam String decision,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		String trimmed = (comment.length() > 2000) ? comment.substring(0, 2000) : comment;
		if ("approve".equals(decision)) {
			return step(id, teacher, "approved", redirect, () -> this.authoring.approve(id, teacher, trimmed));
		}
		return step(id, teacher, "returned", redirect, () -> this.authoring.returnToDraft(id, teacher, trimmed));
	}

	@PostMapping("/teach/units/{id}/publish")
	String publish(@CurrentUser User teacher, @PathVariable long id, RedirectAttributes redirect) {
		return step(id, teacher, "published", redirect, () -> this.authoring.publish(id, teacher));
	}

	@PostMapping("/teach/units/{id}/retire")
	String retire(@CurrentUser User teacher, @PathVariable long id, RedirectAttributes redirect) {
		return step(id, teacher, "retired", redirect, () -> this.authoring.retire(id, teacher));
	}

	/** Opens a new draft from the published version; the published one stays as learners see it. */
	@PostMapping("/teach/units/{id}/new-version")
	String newVersion(@CurrentUser User teacher, @PathVariable long id, RedirectAttributes redirect) {
		boolean opened = run(id, teacher, "newVersion", redirect, () -> this.authoring.saveDraft(id,
				UnitFormat.toTree(this.authoring.workingDocument(id, teacher)), teacher));
		return "redirect:/teach/units/" + id + (opened ? "/edit" : "");
	}

	/**
	 * Runs a workflow step. Someone who may not change the unit at all gets the 403 page; a
	 * teacher who may, but whose step does not fit (publishing where review is required, approving
	 * their own work, a step overtaken by a colleague's) is told so on the unit's page.
	 */
	private String step(long id, User teacher, String done, RedirectAttributes redirect, Supplier<AuthoredUnit> step) {
		run(id, teacher, done, redirect, step);
		return "redirect:/teach/units/" + id;
	}

	private boolean run(long id, User teacher, String done, RedirectAttributes redirect, Supplier<AuthoredUnit> step) {
		if (!this.authoring.mayEdit(id, teacher)) {
			throw new NotAllowedException("Only teachers of a provider that owns unit " + id + " may do this.");
		}
		try {
			step.get();
			redirect.addFlashAttribute("done", done);
			return true;
		}
		catch (NotAllowedException ex) {
			redirect.addFlashAttribute("refused", "notAllowed." + done);
		}
		catch (WorkflowConflictException ex) {
			redirect.addFlashAttribute("refused", "conflict");
		}
		return false;
	}

}
