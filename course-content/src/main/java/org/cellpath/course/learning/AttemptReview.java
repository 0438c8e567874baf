package org.cellpath.course.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.cellpath.course.attempt.Attempt;
import org.cellpath.course.attempt.Attempts;
import org.cellpath.course.attempt.Scoring;
import org.cellpath.course.attempt.Scoring.ItemScore;
import org.cellpath.course.exchange.Item;
import org.cellpath.course.exchange.UnitDocument;
import org.cellpath.course.exchange.UnitDocument.Feedback;
import org.cellpath.course.exchange.UnitDocument.ItemTranslation;
import org.cellpath.course.exchange.UnitDocument.Translation;
import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.unit.UnitVersion;
import org.cellpath.course.unit.UnitVersions;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The result of an attempt a learner submitted, for the result page, which a learner may open
 * again later (after a reload, from the browser's history). The stored answers are scored again
 * against the version they were submitted to; scoring is deterministic, so this is the result
 * the learner got. Feedback comes in the learner's language where the unit is translated.
 */
@Component
class AttemptReview {

	private final Attempts attempts;

	private final UnitVersions versions;

	AttemptReview(Attempts attempts, UnitVersions versions) {
		this.attempts = attempts;
		this.versions = versions;
	}

	/**
	 * The learner's own attempt at the unit.
	 * @throws NotFoundException when there is no such attempt of this learner at this unit
	 */
	@Transactional(readOnly = true)
	Review of(long unitId, long attemptId, User learner, String language) {
		Attempt attempt = this.attempts.findById(attemptId)
			.filter((found) -> found.getUnitId() == unitId && learner != null
					&& found.getLearnerId().equals(learner.getId()))
			.orElseThrow(() -> new NotFoundException("No attempt " + attemptId + " of yours at unit " + unitId));
		UnitVersion version = this.versions.findById(attempt.getVersionId())
			.orElseThrow(() -> new NotFoundException("The version of attempt " + attemptId + " is gone"));
		UnitDocument document = version.getDocument();
		Translation translation = (language != null && !language.equals(document.language()))
				? document.translation(language) : null;
		Map<String, ItemTranslation> texts = (translation != null) ? translation.items() : Map.of();
		JsonNode answers = UnitFormat.mapper().readTree(attempt.getAnswers());
		List<ItemFeedback> items = new ArrayList<>();
		for (Item item : document.assessment().items()) {
			items.add(ItemFeedback.of(item, Scoring.score(item, answers.get(item.key())), texts.get(item.key())));
		}
		List<Outcome> attained = attempt.isPassed()
				? version.getOutcomes().stream().map((o) -> new Outcome(o.getCode(), o.getStatement())).toList()
				: List.of();
		return new Review(attempt.getId(), (translation != null) ? translation.title() : document.title(),
				(translation != null) ? language : document.language(), attempt.getScore(), attempt.isPassed(),
				document.assessment().passScore(), attempt.getSubmittedAt(), items, attained);
	}

	/**
	 * An attempt as the result page shows it.
	 *
	 * @param attemptId the attempt
	 * @param title the unit's title in {@code language}
	 * @param language the language of the unit's texts on the page
	 * @param score 0 to 1
	 * @param passed whether it passed
	 * @param passScore the score needed to pass
	 * @param submittedAt when it was submitted
	 * @param items how each answer did, in the assessment's order
	 * @param attained the outcomes credited for it (all of the unit's on a pass)
	 */
	record Review(long attemptId, String title, String language, double score, boolean passed, double passScore,
			Instant submittedAt, List<ItemFeedback> items, List<Outcome> attained) {
	}

	/**
	 * How one answer did.
	 *
	 * @param prompt the question
	 * @param status CORRECT, PARTIAL, INCORRECT, MISSING or MALFORMED (the endings of the message keys)
	 * @param score 0 to 1
	 * @param feedback the author's feedback for a right or a wrong answer, or null
	 */
	record ItemFeedback(String prompt, String status, double score, String feedback) {

		static ItemFeedback of(Item item, ItemScore score, ItemTranslation texts) {
			String prompt = (texts != null && texts.prompt() != null) ? texts.prompt() : item.prompt();
			Feedback feedback = (texts != null && texts.feedback() != null) ? texts.feedback() : item.feedback();
			String text = (feedback != null) ? (score.correct() ? feedback.correct() : feedback.incorrect()) : null;
			return new ItemFeedback(prompt, status(score), score.score(), text);
		}

		private static String status(ItemScore score) {
			if (score.missing()) {
				return "MISSING";
			}
			if (score.malformed()) {
				return "MALFORMED";
			}
			if (score.correct()) {
				return "CORRECT";
			}
			return (score.score() > 0) ? "PARTIAL" : "INCORRECT";
		}

	}

	/** An outcome credited for a pass. */
	record Outcome(String code, String statement) {
	}

}
