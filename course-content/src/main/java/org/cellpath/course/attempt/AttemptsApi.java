package org.cellpath.course.attempt;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Learners take units: progress through the content, then attempts at the assessment. */
@RestController
@RequestMapping("/api/v1/units/{id}")
@Tag(name = "Taking units", description = "Progress and assessment attempts (learner)")
class AttemptsApi {

	private final UnitAttempts attempts;

	AttemptsApi(UnitAttempts attempts) {
		this.attempts = attempts;
	}

	@PostMapping("/attempts")
	@Operation(summary = "Submit answers to the unit's assessment (learner)",
			description = "Answers are keyed by item key, each of the shape of the item's answer. Missing or "
					+ "malformed answers score 0. On a pass, the unit's outcomes are credited to the learning account.")
	AttemptResult submit(@PathVariable long id, @RequestBody AttemptRequest request,
			@RequestParam(required = false) String lang, @CurrentUser User learner, Locale locale) {
		if (request == null || request.answers() == null) {
			throw new InvalidInputException("answers", "unit.attempt.answers", "is required");
		}
		return this.attempts.submit(id, request.version(), request.answers(), learner, language(lang, locale));
	}

	@PostMapping("/progress")
	@Operation(summary = "Remember the content block the learner reached (learner)")
	ProgressView reach(@PathVariable long id, @RequestBody ProgressRequest request, @CurrentUser User learner) {
		if (request == null || request.block() == null) {
			throw new InvalidInputException("block", "unit.progress.block", "is required");
		}
		return this.attempts.reach(id, request.block(), learner);
	}

	@GetMapping("/progress")
	@Operation(summary = "The learner's progress in the unit (learner); 404 when not started")
	ProgressView progress(@PathVariable long id, @CurrentUser User learner) {
		return this.attempts.progress(id, learner)
			.orElseThrow(() -> new NotFoundException("You have not started unit " + id));
	}

	private static String language(String lang, Locale locale) {
		if (lang != null && lang.matches("[a-zA-Z]{2}")) {
			return lang.toLowerCase(Locale.ROOT);
		}
		return (locale != null) ? locale.getLanguage() : null;
	}

	/**
	 * A submission.
	 *
	 * @param answers answers keyed by item key
	 * @param version the unit version the learner answered (optional): refused with 409 when
	 * another version has been published since
	 */
	record AttemptRequest(@Schema(description = "answers keyed by item key, e.g. {\"q1\": 1, \"q2\": [0, 2]}") JsonNode answers,
			@Schema(description = "the unit version answered; 409 when another is published now") Integer version) {
	}

	/**
	 * The block reached.
	 *
	 * @param block the content block's index, from 0
	 */
	record ProgressRequest(Integer block) {
	}

}
