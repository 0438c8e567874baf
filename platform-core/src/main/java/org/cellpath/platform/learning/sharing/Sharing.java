package org.cellpath.platform.learning.sharing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.framework.Occupations;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.learning.account.LearningRecord;
import org.cellpath.platform.learning.account.LearningRecords;
import org.cellpath.platform.learning.account.OccupationCoverage;
import org.cellpath.platform.learning.account.RecordedAttainment;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share links of learning records: a learner creates, lists and revokes their own; anyone with a
 * link opens it while it is active, and each opening is logged for the learner.
 */
@Service
public class Sharing {

	/** Random bytes in a token: 256 bits, far beyond guessing. */
	static final int TOKEN_BYTES = 32;

	private final ShareLinks links;

	private final ShareViews views;

	private final LearningRecords records;

	private final Users users;

	private final Occupations occupations;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Sharing(ShareLinks links, ShareViews views, LearningRecords records, Users users, Occupations occupations,
			Clock clock) {
		this.links = links;
		this.views = views;
		this.records = records;
		this.users = users;
		this.occupations = occupations;
		this.clock = clock;
	}

	/** The learner's links, newest first, each with how often and when it was last viewed. */
	@Transactional(readOnly = true)
	public List<ShareSummary> of(User learner) {
		Map<Long, ViewCount> counts = this.views.countsFor(learner.getId())
			.stream()
			.collect(Collectors.toMap(ViewCount::shareId, Function.identity()));
		Instant now = this.clock.instant();
		return this.links.findByLearnerIdOrderByCreatedAtDescIdDesc(learner.getId())
			.stream()
			.map((link) -> ShareSummary.of(link, now, counts.get(link.getId())))
			.toList();
	}

	/** One of the learner's links; not found when it is someone else's. */
	@Transactional(readOnly = true)
	public ShareLink one(User learner, long id) {
		return this.links.findByIdAndLearnerId(id, learner.getId())
			.orElseThrow(() -> new NotFoundException("You have no share link with id " + id));
	}

	/** One of the learner's links with how often and when it was last viewed; not found when it is someone else's. */
	@Transactional(readOnly = true)
	public ShareSummary summary(User learner, long id) {
		ShareLink link = one(learner, id);
		return ShareSummary.of(link, this.clock.instant(), this.views.countFor(link).orElse(null));
	}

	/** The views of one of the learner's links, newest first. */
	@Transactional(readOnly = true)
	public List<ShareView> views(User learner, long id) {
		List<ShareView> log = this.views.findByShareOrderByViewedAtDescIdDesc(one(learner, id));
		// The page names organisations and occupations after the transaction.
		log.forEach((view) -> {
			if (view.getViewerOrganisation() != null) {
				view.getViewerOrganisation().getName();
			}
			if (view.getOccupation() != null) {
				view.getOccupation().getName();
			}
		});
		return log;
	}

	/** The attainments a link of the learner shows, as they stand in the account now. */
	@Transactional(readOnly = true)
	public LearningRecord itemsOf(ShareLink link) {
		return this.records.of(link.getLearnerId(), link.itemIds(SharedItemKind.ATTAINMENT));
	}

	/**
	 * Creates a link to the chosen attainments of the learner. Every attainment must be the
	 * learner's own; otherwise nothing is stored.
	 */
	@Transactional
	public ShareLink create(User learner, ShareForm form) {
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		Set<Long> chosen = new LinkedHashSet<>((form.attainments() != null) ? form.attainments() : List.of());
		chosen.remove(null);
		if (chosen.isEmpty()) {
			problems.add(new InvalidInputException.FieldProblem("attainments", "sharing.attainments.required",
					"choose at least one attainment to share"));
		}
		else if (chosen.size() > ShareForm.MAX_ITEMS) {
			problems.add(new InvalidInputException.FieldProblem("attainments", "sharing.attainments.size",
					"a link shows at most " + ShareForm.MAX_ITEMS + " attainments"));
		}
		else {
			Set<Long> own = this.records.of(learner.getId(), chosen)
				.attainments()
				.stream()
				.map(RecordedAttainment::id)
				.collect(Collectors.toSet());
			List<Long> foreign = chosen.stream().filter((id) -> !own.contains(id)).toList();
			if (!foreign.isEmpty()) {
				problems.add(new InvalidInputException.FieldProblem("attainments", "sharing.attainments.notYours",
						"not in your learning account: attainment " + foreign.stream()
							.map(String::valueOf)
							.collect(Collectors.joining(", "))));
			}
		}
		Integer days = form.expiryDays();
		if (days == null || days < ShareForm.MIN_DAYS || days > ShareForm.MAX_DAYS) {
			problems.add(new InvalidInputException.FieldProblem("expiryDays", "sharing.expiry.range",
					"the expiry is a whole number of days from " + ShareForm.MIN_DAYS + " to " + ShareForm.MAX_DAYS));
		}
		if (form.label() != null && form.label().length() > 120) {
			problems.add(new InvalidInputException.FieldProblem("label", "sharing.label.size",
					"a label has at most 120 characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = this.clock.instant();
		return this.links.save(new ShareLink(learner.getId(), newToken(), form.label(), now,
				now.plus(Duration.ofDays(days)),
				chosen.stream().map((id) -> new SharedItem(SharedItemKind.ATTAINMENT, id)).toList()));
	}

	/** Ends one of the learner's links now; its view log stays for the learner. */
	@Transactional
	public ShareLink revoke(User learner, long id) {
		ShareLink link = this.links.findByIdAndLearnerId(id, learner.getId())
			.orElseThrow(() -> new NotFoundException("You have no share link with id " + id));
		link.revoke(this.clock.instant());
		return link;
	}

	/**
	 * Opens a link and logs the view (unless the learner opens their own link). An employer may
	 * hold the record against an occupation.
	 * @param viewer who is signed in, or null
	 * @param occupationCode the occupation to hold the record against, or null; only for employers
	 * @throws NotFoundException when no link has the token
	 * @throws ShareGoneException when the link has expired or was revoked
	 * @throws InvalidInputException when an employer names an unknown occupation
	 */
	@Transactional
	public SharedRecord open(String token, User viewer, ShareView.Channel channel, String occupationCode) {
		ShareLink link = (token == null || token.length() > 64) ? null : this.links.findByToken(token).orElse(null);
		if (link == null) {
			throw new NotFoundException("There is no share link with this token.");
		}
		Instant now = this.clock.instant();
		ShareLink.Status status = link.status(now);
		if (status != ShareLink.Status.ACTIVE) {
			throw new ShareGoneException(status,
					(status == ShareLink.Status.REVOKED) ? link.getRevokedAt() : link.getExpiresAt());
		}
		Occupation occupation = null;
		if (occupationCode != null && !occupationCode.isBlank() && viewer != null && viewer.hasRole(Role.EMPLOYER)) {
			occupation = this.occupations.findByCode(occupationCode.trim())
				.orElseThrow(() -> new InvalidInputException("occupation", "sharing.occupation.unknown",
						"there is no occupation with code " + occupationCode.trim()));
		}
		LearningRecord record = itemsOf(link);
		OccupationCoverage coverage = (occupation != null)
				? this.records.coverage(record, occupation.getCode()).orElseThrow() : null;
		boolean own = viewer != null && viewer.getId().equals(link.getLearnerId());
		if (!own) {
			Organisation organisation = (viewer != null)
					? this.users.findById(viewer.getId()).map(User::getOrganisation).orElse(null) : null;
			this.views.save(new ShareView(link, now, channel, organisation, occupation));
		}
		String learner = this.users.findById(link.getLearnerId()).map(User::getDisplayName).orElse("");
		return new SharedRecord(learner, record, link.getExpiresAt(), coverage);
	}

	private String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
