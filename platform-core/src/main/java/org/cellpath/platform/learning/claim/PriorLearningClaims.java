package org.cellpath.platform.learning.claim;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.learning.Evidence;
import org.cellpath.platform.learning.EvidenceType;
import org.cellpath.platform.learning.LearningAccount;
import org.cellpath.platform.learning.claim.Assessors.Routing;
import org.cellpath.platform.learning.claim.EvidenceCheck.CheckedFile;
import org.cellpath.platform.learning.claim.EvidenceCheck.CheckedReference;
import org.cellpath.platform.learning.claim.RefusedInput.Problems;
import org.cellpath.platform.notification.Notifications;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prior-learning workflow: a learner submits a claim with evidence; a teacher who may assess
 * it (see {@link Assessors}) approves it, rejects it with a reason or asks for more evidence,
 * which the learner adds before it is decided again. A learner never assesses their own claim.
 * An approval credits each claimed outcome as validated prior learning with the assessor named.
 * Each step is written to the claim's audit trail and the learner is notified of each decision.
 */
@Service
public class PriorLearningClaims {

	/** The most outcomes one claim covers. */
	public static final int MAX_OUTCOMES = 20;

	static final int MAX_TEXT = 5000;

	private final ClaimStore store;

	private final LearningOutcomes outcomes;

	private final Assessors assessors;

	private final LearningAccount account;

	private final Notifications notifications;

	private final ClaimSettings settings;

	private final Clock clock;

	PriorLearningClaims(ClaimStore store, LearningOutcomes outcomes, Assessors assessors, LearningAccount account,
			Notifications notifications, ClaimSettings settings, Clock clock) {
		this.store = store;
		this.outcomes = outcomes;
		this.assessors = assessors;
		this.account = account;
		this.notifications = notifications;
		this.settings = settings;
		this.clock = clock;
	}

	public ClaimSettings settings() {
		return this.settings;
	}

	/** Submits a new claim; refuses it whole, storing nothing, when any part is not acceptable. */
	@Transactional
	public Claim submit(User learner, ClaimForm form, List<EvidenceUpload> uploads) {
		Problems problems = new Problems();
		List<LearningOutcome> claimed = claimedOutcomes(form.outcomes(), problems);
		String description = text(form.description());
		if (description.isEmpty()) {
			problems.add("description", "claims.description.required",
					"describe what you did and learned that shows these outcomes");
		}
		else if (description.length() > MAX_TEXT) {
			problems.add("description", "claims.tooLong", "the description is longer than " + MAX_TEXT + " characters",
					MAX_TEXT);
		}
		List<String> links = EvidenceCheck.links(form.links(), 0, this.settings, problems);
		CheckedReference reference = EvidenceCheck.reference(form.reference(), problems);
		List<CheckedFile> files = EvidenceCheck.files(uploads, 0, this.settings, problems);
		problems.throwIfAny();

		Instant now = this.clock.instant();
		long id = this.store.create(learner.getId(), description, now);
		this.store.addOutcomes(id, claimed.stream().map(LearningOutcome::getId).toList());
		this.store.record(id, learner.getId(), ClaimAction.SUBMITTED,
				String.join(", ", claimed.stream().map(LearningOutcome::getCode).toList()), now);
		addEvidence(id, learner, links, reference, files, now);
		return this.store.find(id).orElseThrow();
	}

	/** The learner's own claims, newest first. */
	@Transactional(readOnly = true)
	public List<Claim> of(User learner) {
		return this.store.ofLearner(learner.getId());
	}

	/** One of the learner's own claims. */
	@Transactional(readOnly = true)
	public Claim ofLearner(User learner, long claimId) {
		return this.store.find(claimId)
			.filter((claim) -> Objects.equals(claim.learner().id(), learner.getId()))
			.orElseThrow(() -> new NotFoundException("You have no prior-learning claim " + claimId));
	}

	/**
	 * Adds the evidence a teacher asked for and submits the claim again.
	 * @throws RefusedInput when the claim is not waiting for more evidence or the evidence is not acceptable
	 */
	@Transactional
	public Claim addEvidence(User learner, long claimId, MoreEvidenceForm form, List<EvidenceUpload> uploads) {
		ofLearner(learner, claimId);
		ClaimStatus status = this.store.lock(claimId).orElseThrow();
		Problems problems = new Problems();
		if (status != ClaimStatus.MORE_EVIDENCE_REQUESTED) {
			problems.add("note", "claims.evidence.notRequested",
					"this claim is not waiting for more evidence; it is " + status.name().toLowerCase(Locale.ROOT));
			problems.throwIfAny();
		}
		String note = text(form.note());
		if (note.isEmpty()) {
			problems.add("note", "claims.note.required", "say what you added for the assessor");
		}
		else if (note.length() > MAX_TEXT) {
			problems.add("note", "claims.tooLong", "the note is longer than " + MAX_TEXT + " characters", MAX_TEXT);
		}
		List<String> links = EvidenceCheck.links(form.links(), this.store.linkCount(claimId), this.settings, problems);
		CheckedReference reference = EvidenceCheck.reference(form.reference(), problems);
		List<CheckedFile> files = EvidenceCheck.files(uploads, this.store.fileCount(claimId), this.settings, problems);
		problems.throwIfAny();

		Instant now = this.clock.instant();
		addEvidence(claimId, learner, links, reference, files, now);
		this.store.move(claimId, ClaimStatus.MORE_EVIDENCE_REQUESTED, ClaimStatus.SUBMITTED, null, now);
		this.store.record(claimId, learner.getId(), ClaimAction.RESUBMITTED, note, now);
		return this.store.find(claimId).orElseThrow();
	}

	/**
	 * The claims in the status that the teacher may assess, newest first; never their own.
	 */
	@Transactional(readOnly = true)
	public List<Claim> queue(User teacher, ClaimStatus status) {
		List<Claim> queue = new ArrayList<>();
		for (Claim claim : this.store.inStatus(status)) {
			if (!Objects.equals(claim.learner().id(), teacher.getId())
					&& this.assessors.mayAssess(teacher, claim.outcomeIds())) {
				queue.add(claim);
			}
		}
		return queue;
	}

	/**
	 * A claim as its assessor reviews it, with who may assess it.
	 * @throws AccessDeniedException when it is the teacher's own claim or they may not assess it
	 */
	@Transactional(readOnly = true)
	public Review review(User teacher, long claimId) {
		Claim claim = this.store.find(claimId)
			.orElseThrow(() -> new NotFoundException("No prior-learning claim " + claimId));
		Routing routing = this.assessors.of(claim.outcomeIds());
		mayAssess(teacher, claim, routing);
		return new Review(claim, routing);
	}

	/**
	 * Decides a submitted claim.
	 * @throws AccessDeniedException when it is the teacher's own claim or they may not assess it
	 * @throws RefusedInput when the decision is incomplete or the claim is not waiting for one
	 */
	@Transactional
	public Claim decide(User teacher, long claimId, Decision decision) {
		Claim claim = review(teacher, claimId).claim();
		ClaimStatus status = this.store.lock(claimId).orElseThrow();
		Problems problems = new Problems();
		String kind = text(decision.decision()).toLowerCase(Locale.ROOT);
		String note = text(decision.note());
		if (!Set.of("approve", "reject", "more-evidence").contains(kind)) {
			problems.add("decision", "claims.decision.required", "choose approve, reject or more-evidence");
		}
		else if (note.isEmpty() && kind.equals("reject")) {
			problems.add("note", "claims.decision.reason.required", "give the learner the reason for rejecting the claim");
		}
		else if (note.isEmpty() && kind.equals("more-evidence")) {
			problems.add("note", "claims.decision.request.required", "tell the learner what more evidence you need");
		}
		if (note.length() > MAX_TEXT) {
			problems.add("note", "claims.tooLong", "the note is longer than " + MAX_TEXT + " characters", MAX_TEXT);
		}
		if (status != ClaimStatus.SUBMITTED) {
			problems.add("decision", "claims.decision.notWaiting", "this claim is not waiting for a decision; it is "
					+ status.name().toLowerCase(Locale.ROOT));
		}
		problems.throwIfAny();

		Instant now = this.clock.instant();
		String link = "/me/prior-learning/" + claimId;
		String outcomeCodes = String.join(", ", claim.outcomes().stream().map(Claim.ClaimedOutcome::code).toList());
		switch (kind) {
			case "approve" -> {
				this.store.move(claimId, ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, teacher.getId(), now);
				Evidence evidence = new Evidence(EvidenceType.VALIDATED_PRIOR_LEARNING, "claim:" + claimId,
						evidenceLabel(claimId, teacher), teacher.getId());
				claim.outcomeIds().forEach((outcomeId) -> this.account.credit(claim.learner().id(), outcomeId, evidence));
				this.store.record(claimId, teacher.getId(), ClaimAction.APPROVED, note.isEmpty() ? null : note, now);
				this.notifications.notify(claim.learner().id(), "claims.notification.approved", link,
						String.valueOf(claimId), outcomeCodes);
			}
			case "reject" -> {
				this.store.move(claimId, ClaimStatus.SUBMITTED, ClaimStatus.REJECTED, teacher.getId(), now);
				this.store.record(claimId, teacher.getId(), ClaimAction.REJECTED, note, now);
				this.notifications.notify(claim.learner().id(), "claims.notification.rejected", link,
						String.valueOf(claimId), outcomeCodes);
			}
			default -> {
				this.store.move(claimId, ClaimStatus.SUBMITTED, ClaimStatus.MORE_EVIDENCE_REQUESTED, null, now);
				this.store.record(claimId, teacher.getId(), ClaimAction.MORE_EVIDENCE_REQUESTED, note, now);
				this.notifications.notify(claim.learner().id(), "claims.notification.moreEvidence", link,
						String.valueOf(claimId), outcomeCodes);
			}
		}
		return this.store.find(claimId).orElseThrow();
	}

	/**
	 * A file of a claim, for its learner or a teacher who may assess the claim.
	 * @throws AccessDeniedException for anyone else
	 */
	@Transactional(readOnly = true)
	public StoredFile file(User user, long claimId, long fileId) {
		Claim claim = this.store.find(claimId)
			.orElseThrow(() -> new NotFoundException("No prior-learning claim " + claimId));
		if (!Objects.equals(claim.learner().id(), user.getId())) {
			mayAssess(user, claim, this.assessors.of(claim.outcomeIds()));
		}
		Claim.EvidenceFile file = claim.files()
			.stream()
			.filter((f) -> f.id() == fileId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Claim " + claimId + " has no file " + fileId));
		byte[] content = this.store.content(claimId, fileId).orElseThrow();
		return new StoredFile(file.fileName(), file.mediaType(), content);
	}

	private void mayAssess(User teacher, Claim claim, Routing routing) {
		if (Objects.equals(claim.learner().id(), teacher.getId())) {
			throw new AccessDeniedException("A learner never assesses their own prior-learning claim.");
		}
		boolean decidedIt = claim.assessor() != null && Objects.equals(claim.assessor().id(), teacher.getId());
		if (!decidedIt && !this.assessors.mayAssess(teacher, routing)) {
			throw new AccessDeniedException("Only teachers of a provider that offers a unit for the claimed outcomes"
					+ " may assess this claim.");
		}
	}

	private void addEvidence(long claimId, User learner, List<String> links, CheckedReference reference,
			List<CheckedFile> files, Instant now) {
		for (String link : links) {
			this.store.addLink(claimId, link, now);
			this.store.record(claimId, learner.getId(), ClaimAction.LINK_ADDED, link, now);
		}
		if (reference != null) {
			this.store.addReference(claimId, reference, now);
			this.store.record(claimId, learner.getId(), ClaimAction.REFERENCE_ADDED,
					reference.name() + ", " + reference.organisation(), now);
		}
		for (CheckedFile file : files) {
			this.store.addFile(claimId, file, now);
			this.store.record(claimId, learner.getId(), ClaimAction.FILE_ADDED, file.fileName() + " (" + file.mediaType()
					+ ", " + file.content().length + " bytes, SHA-256 " + file.sha256() + ")", now);
		}
		if (!links.isEmpty() || reference != null || !files.isEmpty()) {
			this.store.touch(claimId, now);
		}
	}

	private List<LearningOutcome> claimedOutcomes(List<String> codes, Problems problems) {
		if (codes.isEmpty()) {
			problems.add("outcomes", "claims.outcomes.required", "choose at least one learning outcome you claim");
			return List.of();
		}
		if (codes.size() > MAX_OUTCOMES) {
			problems.add("outcomes", "claims.outcomes.tooMany", "a claim covers at most " + MAX_OUTCOMES + " outcomes",
					MAX_OUTCOMES);
			return List.of();
		}
		List<LearningOutcome> found = this.outcomes.findByCodeIn(codes);
		Set<String> unknown = new TreeSet<>(codes);
		found.forEach((outcome) -> unknown.remove(outcome.getCode()));
		if (!unknown.isEmpty()) {
			problems.add("outcomes", "claims.outcomes.unknown", "no learning outcome has the code " + String.join(", ", unknown),
					String.join(", ", unknown));
		}
		return found;
	}

	private static String evidenceLabel(long claimId, User assessor) {
		return "Claim " + claimId + ", assessed by " + assessor.getDisplayName();
	}

	private static String text(String value) {
		return (value != null) ? value.trim() : "";
	}

	/** A claim under review, with who may assess it. */
	public record Review(Claim claim, Routing routing) {
	}

	/** A file's bytes with the type its content was checked to have. */
	public record StoredFile(String fileName, String mediaType, byte[] content) {
	}

}
