package org.cellpath.course.learning;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.cellpath.course.WorkflowConflictException;
import org.cellpath.course.attempt.AttemptResult;
import org.cellpath.course.attempt.ProgressView;
import org.cellpath.course.attempt.UnitAttempts;
import org.cellpath.course.catalogue.Catalogue;
import org.cellpath.course.catalogue.LearnerUnit;
import org.cellpath.course.catalogue.LearnerUnit.Block;
import org.cellpath.course.catalogue.LearnerUnit.Question;
import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.learning.AnswerSheet.Shape;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A learner takes a unit: its content one part at a time, where they left off when they come back;
 * then its assessment; then the result of their attempt.
 */
@Controller
class StudyController {

	private final Catalogue catalogue;

	private final UnitAttempts attempts;

	private final AttemptReview review;

	StudyController(Catalogue catalogue, UnitAttempts attempts, AttemptReview review) {
		this.catalogue = catalogue;
		this.attempts = attempts;
		this.review = review;
	}

	/** Where the learner continues: the furthest part they reached, or the first. */
	@GetMapping("/units/{id}/learn")
	String resume(@PathVariable long id, @CurrentUser User learner) {
		if (!this.catalogue.isPublished(id)) {
			throw new NotFoundException("No published unit " + id);
		}
		Optional<ProgressView> progress = this.attempts.progress(id, learner);
		return progress.map((p) -> "redirect:/units/" + id + "/learn/" + (p.blockIndex() + 1) + "?resumed=true")
			.orElse("redirect:/units/" + id + "/learn/1");
	}

	/** One part of the content; opening it is what the learner's position remembers. */
	@GetMapping("/units/{id}/learn/{part}")
	String part(@PathVariable long id, @PathVariable int part, @RequestParam(defaultValue = "false") boolean resumed,
			@CurrentUser User learner, Locale locale, Model model) {
		LearnerUnit unit = this.catalogue.unit(id, locale.getLanguage());
		int parts = unit.content().size();
		if (parts == 0) {
			return "redirect:/units/" + id + "/assessment";
		}
		if (part < 1 || part > parts) {
			return "redirect:/units/" + id + "/learn/" + Math.min(Math.max(part, 1), parts);
		}
		this.attempts.reach(id, part - 1, learner);
		Block block = unit.content().get(part - 1);
		model.addAttribute("unit", unit);
		model.addAttribute("block", block);
		model.addAttribute("playable", "video".equals(block.type()) && isVideoFile(block.url()));
		model.addAttribute("part", part);
		model.addAttribute("parts", parts);
		model.addAttribute("resumed", resumed);
		return "study/learn";
	}

	@GetMapping("/units/{id}/assessment")
	String assessment(@PathVariable long id, @CurrentUser User learner, Locale locale, Model model) {
		LearnerUnit unit = this.catalogue.unit(id, locale.getLanguage());
		return assessmentPage(unit, AnswerSheet.blank(), attemptsLeft(unit, learner), model);
	}

	/**
	 * Scores the answers to the version the learner saw. Mistakes a person makes (a number that is
	 * not one) bring the form back without using an attempt; so does a version published since the
	 * form was opened, because answers are never scored against questions the learner did not see.
	 */
	@PostMapping("/units/{id}/attempts")
	String submit(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam MultiValueMap<String, String> form, @CurrentUser User learner, Locale locale, Model model,
			HttpServletResponse response) {
		LearnerUnit unit = this.catalogue.unit(id, locale.getLanguage());
		if (version != null && version != unit.version()) {
			return updatedMeanwhile(unit, learner, model, response);
		}
		AnswerSheet sheet = AnswerSheet.read(shapes(unit), form);
		if (sheet.hasProblems()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return assessmentPage(unit, sheet, attemptsLeft(unit, learner), model);
		}
		try {
			AttemptResult result = this.attempts.submit(id, unit.version(),
					UnitFormat.mapper().valueToTree(sheet.answers()), learner, locale.getLanguage());
			return "redirect:/units/" + id + "/attempts/" + result.attemptId();
		}
		catch (WorkflowConflictException conflict) {
			// No attempt left, or a version published in the moment between reading and scoring.
			LearnerUnit now = this.catalogue.unit(id, locale.getLanguage());
			if (now.version() != unit.version()) {
				return updatedMeanwhile(now, learner, model, response);
			}
			response.setStatus(HttpStatus.CONFLICT.value());
			return assessmentPage(unit, sheet, 0, model);
		}
	}

	private String updatedMeanwhile(LearnerUnit unit, User learner, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("newVersion", true);
		return assessmentPage(unit, AnswerSheet.blank(), attemptsLeft(unit, learner), model);
	}

	@GetMapping("/units/{id}/attempts/{attemptId}")
	String result(@PathVariable long id, @PathVariable long attemptId, @CurrentUser User learner, Locale locale,
			Model model) {
		model.addAttribute("unitId", id);
		model.addAttribute("result", this.review.of(id, attemptId, learner, locale.getLanguage()));
		model.addAttribute("attemptsLeft", this.attempts.progress(id, learner).map(ProgressView::attemptsLeft).orElse(null));
		return "study/result";
	}

	private String assessmentPage(LearnerUnit unit, AnswerSheet sheet, Integer attemptsLeft, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("items", unit.assessment().items());
		model.addAttribute("sheet", sheet);
		model.addAttribute("passScore", unit.assessment().passScore());
		model.addAttribute("maxAttempts", unit.assessment().maxAttempts());
		model.addAttribute("attemptsLeft", attemptsLeft);
		return "study/assessment";
	}

	/** Attempts the learner has left on the published version; null when they are unlimited. */
	private Integer attemptsLeft(LearnerUnit unit, User learner) {
		return this.attempts.progress(unit.id(), learner)
			.map(ProgressView::attemptsLeft)
			.orElse(unit.assessment().maxAttempts());
	}

	private static List<Shape> shapes(LearnerUnit unit) {
		return unit.assessment().items().stream().map(StudyController::shape).toList();
	}

	private static Shape shape(Question question) {
		int size = switch (question.type()) {
			case "matching" -> question.left().size();
			case "ordering" -> question.items().size();
			default -> 0;
		};
		return new Shape(question.key(), question.type(), size);
	}

	/** A video file the browser plays itself; anything else (a video platform's page) is linked. */
	private static boolean isVideoFile(String url) {
		String path = (url != null) ? url.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "") : "";
		return path.endsWith(".mp4") || path.endsWith(".webm") || path.endsWith(".ogv");
	}

}
