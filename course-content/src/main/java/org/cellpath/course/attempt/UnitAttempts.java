package org.cellpath.course.attempt;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.cellpath.course.NotAllowedException;
import org.cellpath.course.WorkflowConflictException;
import org.cellpath.course.exchange.Item;
import org.cellpath.course.exchange.UnitDocument;
import org.cellpath.course.exchange.UnitDocument.Feedback;
import org.cellpath.course.exchange.UnitDocument.ItemTranslation;
import org.cellpath.course.exchange.UnitDocument.Translation;
import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.unit.UnitVersion;
import org.cellpath.course.unit.UnitVersions;
import org.cellpath.course.unit.VersionStatus;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.learning.Evidence;
import org.cellpath.platform.learning.EvidenceType;
import org.cellpath.platform.learning.LearningAccount;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners taking the published version of a unit: remembering how far they got in its content,
 * scoring their submitted answers on the server, and on a pass crediting every outcome of the
 * unit to their learning account with evidence that names the unit, its version and the attempt
 * ({@code unit:<id>:v<n>:attempt:<attemptId>}). Answers and feedback leave the server only in an
 * {@link AttemptResult}.
 */
@Service
public class UnitAttempts {

	private final UnitVersions versions;

	private final Attempts attempts;

	private final Progresses progresses;

	private final LearningAccount account;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	UnitAttempts(UnitVersions versions, Attempts attempts, Progresses progresses, LearningAccount account,
			JdbcTemplate jdbc, Clock clock) {
		this.versions = versions;
		this.attempts = attempts;
		this.progresses = progresses;
		this.account = account;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Scores a learner's answers to the unit's published version and stores the attempt; on a
	 * pass credits the unit's outcomes. Missing and malformed answers score 0; they are no error.
	 * @param unitId the unit
	 * @param answers a JSON object of answers keyed by item key, each of the shape of the item's answer
	 * @param learner the signed-in learner
	 * @param language the learner's language, for the feedback where translated
	 * @throws NotFoundException when the unit is not published
	 * @throws NotAllowedException when the user is not a learner
	 * @throws WorkflowConflictException when no attempt is left on this version
	 * @throws InvalidInputException when {@code answers} is not a JSON object
	 */
	@Transactional
	public AttemptResult submit(long unitId, JsonNode answers, User learner, String language) {
		return submit(unitId, null, answers, learner, language);
	}

	/**
	 * Like {@link #submit(long, JsonNode, User, String)}, but only when the published version is
	 * still the one the learner answered, so that answers are never scored against items they did
	 * not see.
	 * @param version the version number the learner saw, or null for whatever is published
	 * @throws WorkflowConflictException when another version has been published since
	 */
	@Transactional
	public AttemptResult submit(long unitId, Integer version, JsonNode answers, User learner, String language) {
		if (learner == null || !learner.hasRole(Role.LEARNER)) {
			throw new NotAllowedException("Only learners take units.");
		}
		if (answers == null || !answers.isObject()) {
			throw new InvalidInputException("answers", "unit.attempt.answers",
					"must be an object of answers keyed by item key");
		}
		UnitVersion published = published(unitId);
		if (version != null && version != published.getNumber()) {
			throw new WorkflowConflictException("Unit " + unitId + " is now at version " + published.getNumber()
					+ "; your answers were for version " + version + ". Reload the unit and answer again.");
		}
		// Attempts of one learner queue on their row, so that two at once cannot both take the last one.
		this.jdbc.queryForObject("SELECT id FROM app_user WHERE id = ? FOR UPDATE", Long.class, learner.getId());
		UnitDocument document = published.getDocument();
		Integer maxAttempts = document.assessment().maxAttempts();
		long used = this.attempts.countByLearnerIdAndVersionId(learner.getId(), published.getId());
		if (maxAttempts != null && used >= maxAttempts) {
			throw new WorkflowConflictException("No attempts left: unit " + unitId + " allows " + maxAttempts
					+ (maxAttempts == 1 ? " attempt." : " attempts."));
		}
		Translation translation = (language != null && !language.equals(document.language()))
				? document.translation(language) : null;
		List<Scoring.ItemScore> scores = new ArrayList<>();
		List<Item> items = document.assessment().items();
		for (Item item : items) {
			scores.add(Scoring.score(item, answers.get(item.key())));
		}
		double score = Scoring.mean(scores);
		boolean passed = score + 1e-9 >= document.assessment().passScore();
		Instant now = this.clock.instant();
		Attempt attempt = this.attempts.save(new Attempt(unitId, published.getId(), learner.getId(),
				UnitFormat.mapper().writeValueAsString(answers), score, passed, now));
		List<Long> attained = new ArrayList<>();
		if (passed) {
			Evidence evidence = new Evidence(EvidenceType.UNIT_ASSESSMENT,
					"unit:" + unitId + ":v" + published.getNumber() + ":attempt:" + attempt.getId(),
					document.title() + " (version " + published.getNumber() + ")", null);
			for (LearningOutcome outcome : published.getOutcomes()) {
				this.account.credit(learner.getId(), outcome.getId(), evidence);
				attained.add(outcome.getId());
			}
		}
		Progress progress = progress(unitId, learner.getId(), published, now);
		if (passed) {
			progress.pass(now);
		}
		else {
			progress.touch(now);
		}
		List<AttemptResult.ItemResult> results = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			results.add(result(items.get(i), scores.get(i), translation));
		}
		Integer left = (maxAttempts != null) ? (int) Math.max(0, maxAttempts - used - 1) : null;
		return new AttemptResult(attempt.getId(), unitId, published.getNumber(), passed, score,
				document.assessment().passScore(), attained, results, left);
	}

	/**
	 * Remembers that the learner reached a content block of the unit's published version (going
	 * back keeps the furthest block).
	 * @param blockIndex the block, from 0; beyond the last counts as the last
	 */
	@Transactional
	public ProgressView reach(long unitId, int blockIndex, User learner) {
		if (learner == null) {
			throw new NotAllowedException("Sign in to keep your progress.");
		}
		if (blockIndex < 0) {
			throw new InvalidInputException("block", "unit.progress.block", "must be 0 or more");
		}
		UnitVersion version = published(unitId);
		Instant now = this.clock.instant();
		Progress progress = progress(unitId, learner.getId(), version, now);
		progress.reach(version.getId(), blockIndex, blockCount(version), now);
		return view(progress, version, learner.getId());
	}

	/** The learner's progress in the unit, if they started it. */
	@Transactional(readOnly = true)
	public Optional<ProgressView> progress(long unitId, User learner) {
		if (learner == null) {
			return Optional.empty();
		}
		Optional<UnitVersion> version = this.versions.findFirstByUnitIdAndStatusInOrderByNumberDesc(unitId,
				EnumSet.of(VersionStatus.PUBLISHED));
		return this.progresses.findByUnitIdAndLearnerId(unitId, learner.getId())
			.map((progress) -> view(progress, version.orElse(null), learner.getId()));
	}

	/** The learner's attempts at the unit (all versions), newest first. */
	@Transactional(readOnly = true)
	public List<AttemptSummary> history(long unitId, User learner) {
		if (learner == null) {
			return List.of();
		}
		return this.attempts.findByLearnerIdAndUnitIdOrderBySubmittedAtDesc(learner.getId(), unitId)
			.stream()
			.map((attempt) -> new AttemptSummary(attempt.getId(),
					this.versions.findById(attempt.getVersionId()).map(UnitVersion::getNumber).orElse(0),
					attempt.getScore(), attempt.isPassed(), attempt.getSubmittedAt()))
			.toList();
	}

	/**
	 * One earlier attempt.
	 *
	 * @param attemptId the attempt
	 * @param version the version it was scored on
	 * @param score 0 to 1
	 * @param passed whether it passed
	 * @param submittedAt when
	 */
	public record AttemptSummary(long attemptId, int version, double score, boolean passed, Instant submittedAt) {
	}

	private ProgressView view(Progress progress, UnitVersion version, long learnerId) {
		long used = (version != null) ? this.attempts.countByLearnerIdAndVersionId(learnerId, version.getId()) : 0;
		Integer max = (version != null) ? version.getDocument().assessment().maxAttempts() : null;
		return new ProgressView(progress.getUnitId(), progress.getBlockIndex(), progress.getBlockCount(),
				progress.getPercent(), progress.isPassed(), used, (max != null) ? (int) Math.max(0, max - used) : null,
				progress.getUpdatedAt());
	}

	private Progress progress(long unitId, long learnerId, UnitVersion version, Instant now) {
		return this.progresses.findByUnitIdAndLearnerId(unitId, learnerId)
			.orElseGet(() -> this.progresses
				.save(new Progress(unitId, learnerId, version.getId(), blockCount(version), now)));
	}

	private static int blockCount(UnitVersion version) {
		return Math.max(1, version.getDocument().content().size());
	}

	private UnitVersion published(long unitId) {
		return this.versions.findFirstByUnitIdAndStatusInOrderByNumberDesc(unitId, EnumSet.of(VersionStatus.PUBLISHED))
			.orElseThrow(() -> new NotFoundException("No published unit " + unitId));
	}

	private static AttemptResult.ItemResult result(Item item, Scoring.ItemScore score, Translation translation) {
		Map<String, ItemTranslation> texts = (translation != null) ? translation.items() : Map.of();
		ItemTranslation itemTexts = texts.get(item.key());
		Feedback feedback = (itemTexts != null && itemTexts.feedback() != null) ? itemTexts.feedback() : item.feedback();
		String text = null;
		if (feedback != null) {
			text = score.correct() ? feedback.correct() : feedback.incorrect();
		}
		if (score.malformed()) {
			text = "The answer could not be read: it " + score.problem() + "." + ((text != null) ? " " + text : "");
		}
		return new AttemptResult.ItemResult(item.key(), score.score(), score.correct(), score.malformed(), text);
	}

}
