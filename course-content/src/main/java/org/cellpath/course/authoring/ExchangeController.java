package org.cellpath.course.authoring;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import of units from a JSON document or a zip of them, all or nothing, and their export as
 * JSON or, several at once, as a zip.
 */
@Controller
class ExchangeController {

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final UnitAuthoring authoring;

	private final MessageSource messages;

	ExchangeController(UnitAuthoring authoring, MessageSource messages) {
		this.authoring = authoring;
		this.messages = messages;
	}

	@GetMapping("/teach/units/import")
	String importPage() {
		return "authoring/import";
	}

	/**
	 * Imports the file as drafts of the teacher's provider. A zip is recognised by its first
	 * bytes, not its name; every problem of every document is listed with its pointer, and then
	 * nothing is imported.
	 */
	@PostMapping("/teach/units/import")
	String importUnits(@CurrentUser User teacher, @RequestParam(name = "file", required = false) MultipartFile file,
			Locale locale, Model model, RedirectAttributes redirect) throws IOException {
		String name = (file != null && file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		model.addAttribute("fileName", name);
		if (file == null || file.isEmpty()) {
			model.addAttribute("emptyFile", true);
			return "authoring/import";
		}
		byte[] bytes = file.getBytes();
		try {
			List<AuthoredUnit> imported;
			if (isZip(bytes)) {
				imported = this.authoring.importUnits(UnitFormat.parseZip(bytes), teacher);
			}
			else {
				Map<String, JsonNode> one = new LinkedHashMap<>();
				one.put(name.isBlank() ? "unit.json" : name, UnitFormat.parse(bytes));
				imported = List.of(this.authoring.importUnits(one, teacher).get(0));
			}
			redirect.addFlashAttribute("done", "imported");
			redirect.addFlashAttribute("importedCount", imported.size());
			return "redirect:/teach/units?status=DRAFT";
		}
		catch (InvalidInputException ex) {
			List<FieldProblem> problems = isZip(bytes) ? ex.problems() : withoutSingleEntryName(ex.problems(), name);
			model.addAttribute("problems", problems.stream().map((problem) -> listed(problem, locale)).toList());
			return "authoring/import";
		}
	}

	/** A problem as the page lists it: where it is, and what is wrong in the teacher's language where known. */
	private ListedProblem listed(FieldProblem problem, Locale locale) {
		ProblemMessages.Message local = ProblemMessages.of(problem);
		String message = (local != null)
				? this.messages.getMessage(local.key(), local.arguments(), problem.defaultMessage(), locale)
				: problem.defaultMessage();
		return new ListedProblem(problem.field().isEmpty() ? "/" : problem.field(), message);
	}

	/**
	 * One problem of an imported file.
	 *
	 * @param at the JSON pointer, after the zip entry's name and {@code #} for a zip
	 * @param message what is wrong
	 */
	record ListedProblem(String at, String message) {
	}

	/** A single JSON document's problems are shown with their bare pointers: there is only one document. */
	private static List<FieldProblem> withoutSingleEntryName(List<FieldProblem> problems, String name) {
		String prefix = (name.isBlank() ? "unit.json" : name) + "#";
		return problems.stream()
			.map((problem) -> problem.field().startsWith(prefix) ? new FieldProblem(
					problem.field().substring(prefix.length()), problem.messageKey(), problem.defaultMessage())
					: problem)
			.toList();
	}

	private static boolean isZip(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	@GetMapping("/teach/units/{id}/export")
	ResponseEntity<byte[]> export(@CurrentUser User teacher, @PathVariable long id) {
		return json(UnitFormat.write(this.authoring.export(id, null, teacher)), "unit-" + id + ".json");
	}

	@GetMapping("/teach/units/{id}/versions/{number}/export")
	ResponseEntity<byte[]> exportVersion(@CurrentUser User teacher, @PathVariable long id, @PathVariable int number) {
		return json(UnitFormat.write(this.authoring.export(id, number, teacher)),
				"unit-" + id + "-v" + number + ".json");
	}

	/** The chosen units in one zip; with none chosen, back to the list with a word why. */
	@GetMapping("/teach/units/export")
	Object exportZip(@CurrentUser User teacher, @RequestParam(name = "ids", required = false) List<Long> ids,
			RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("done", "noneChosen");
			return "redirect:/teach/units";
		}
		return ResponseEntity.ok()
			.contentType(ZIP)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cellpath-units.zip").build().toString())
			.body(this.authoring.exportZip(ids, teacher));
	}

	private static ResponseEntity<byte[]> json(byte[] body, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName.toLowerCase(Locale.ROOT)).build().toString())
			.body(body);
	}

}
