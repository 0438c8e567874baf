package org.cellpath.platform.learning.sharing;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.learning.EvidenceType;
import org.cellpath.platform.learning.account.OccupationCoverage;
import org.cellpath.platform.learning.account.RecordedAttainment;
import org.cellpath.platform.learning.account.RecordedOutcome;
import org.cellpath.platform.web.InvalidInputException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sharing", description = "Share links to chosen attainments of a learning account, and the shared records")
class SharingApi {

	private final Sharing sharing;

	private final ShareAddresses addresses;

	SharingApi(Sharing sharing, ShareAddresses addresses) {
		this.sharing = sharing;
		this.addresses = addresses;
	}

	@GetMapping("/api/v1/me/shares")
	@Operation(summary = "Your share links, newest first, with how often each was viewed (learner)")
	List<ShareLinkView> mine(@Parameter(hidden = true) @CurrentUser User learner) {
		return this.sharing.of(learner).stream().map(this::view).toList();
	}

	@GetMapping("/api/v1/me/shares/{id}")
	@Operation(summary = "One of your share links with its view log, newest first (learner)")
	ShareLinkDetail one(@Parameter(hidden = true) @CurrentUser User learner, @PathVariable long id) {
		return new ShareLinkDetail(view(this.sharing.summary(learner, id)),
				this.sharing.views(learner, id).stream().map(ViewLogEntry::of).toList());
	}

	@PostMapping("/api/v1/me/shares")
	@Operation(summary = "Create a share link (learner)",
			description = "Body: `attainments` (ids of your attainments, at least one), `expiryDays` (1 to 365, "
					+ "default 30), `label` (optional, only you see it). Answers 201 with the link's `url`.")
	ResponseEntity<ShareLinkView> create(@Parameter(hidden = true) @CurrentUser User learner,
			@Valid @RequestBody ShareForm form) {
		ShareLink link = this.sharing.create(learner, form);
		return ResponseEntity.created(URI.create("/api/v1/me/shares/" + link.getId()))
			.body(view(this.sharing.summary(learner, link.getId())));
	}

	@DeleteMapping("/api/v1/me/shares/{id}")
	@Operation(summary = "Revoke one of your share links now; its view log stays (learner)")
	ResponseEntity<Void> revoke(@Parameter(hidden = true) @CurrentUser User learner, @PathVariable long id) {
		this.sharing.revoke(learner, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/shared/{token}")
	@SecurityRequirements
	@Operation(summary = "A shared learning record (anyone with the link)",
			description = "The learner's name, the chosen attainments with evidence types and dates, and when the "
					+ "link ends. 404 for an unknown token, 410 when the link expired or was revoked.")
	SharedRecordView shared(@Parameter(description = "the token of the share link") @PathVariable String token,
			@Parameter(hidden = true) @CurrentUser User viewer, HttpServletResponse response) {
		ShareAddresses.keepPrivate(response);
		return SharedRecordView.of(this.sharing.open(token, viewer, ShareView.Channel.API, null));
	}

	@GetMapping("/api/v1/shared/{token}/coverage")
	@Operation(summary = "A shared record held against an occupation (employer)",
			description = "Which of the occupation's required outcomes the shared attainments cover, and which "
					+ "are missing.")
	CoverageView coverage(@PathVariable String token,
			@Parameter(description = "the occupation's code, e.g. OCC-CELL-OPERATOR") @RequestParam String occupation,
			@Parameter(hidden = true) @CurrentUser User employer, HttpServletResponse response) {
		ShareAddresses.keepPrivate(response);
		if (occupation.isBlank()) {
			throw new InvalidInputException("occupation", "sharing.occupation.required",
					"name the occupation to hold the record against by its code");
		}
		SharedRecord shared = this.sharing.open(token, employer, ShareView.Channel.API, occupation);
		return CoverageView.of(shared.learner(), shared.coverage());
	}

	private ShareLinkView view(ShareSummary share) {
		return new ShareLinkView(share.id(), this.addresses.url(share.token()), share.label(), share.createdAt(),
				share.expiresAt(), share.revokedAt(), share.status(), share.attainments(), share.views(),
				share.lastViewedAt());
	}

	/** One of the learner's links. */
	record ShareLinkView(long id, String url, String label, Instant createdAt, Instant expiresAt, Instant revokedAt,
			ShareLink.Status status, List<Long> attainments, long views, Instant lastViewedAt) {
	}

	record ShareLinkDetail(ShareLinkView share, List<ViewLogEntry> viewLog) {
	}

	/** One view: when, how, the viewer's organisation (or null), the occupation an employer chose (or null). */
	record ViewLogEntry(Instant viewedAt, ShareView.Channel channel, String organisation, String occupation) {

		static ViewLogEntry of(ShareView view) {
			return new ViewLogEntry(view.getViewedAt(), view.getChannel(),
					(view.getViewerOrganisation() != null) ? view.getViewerOrganisation().getName() : null,
					(view.getOccupation() != null) ? view.getOccupation().getCode() : null);
		}

	}

	record SharedRecordView(String learner, Instant expiresAt, List<SharedAttainment> attainments) {

		static SharedRecordView of(SharedRecord shared) {
			return new SharedRecordView(shared.learner(), shared.expiresAt(),
					shared.record().attainments().stream().map(SharedAttainment::of).toList());
		}

	}

	/** A shared attainment: the outcome, when, and only the type and date of each piece of evidence. */
	record SharedAttainment(OutcomeRef outcome, Instant attainedAt, List<SharedEvidence> evidence) {

		static SharedAttainment of(RecordedAttainment attainment) {
			return new SharedAttainment(OutcomeRef.of(attainment.outcome()), attainment.attainedAt(),
					attainment.evidence().stream().map((e) -> new SharedEvidence(e.type(), e.recordedAt())).toList());
		}

	}

	record SharedEvidence(EvidenceType type, Instant recordedAt) {
	}

	record OutcomeRef(String code, String statement, int eqfLevel, SkillCategory category) {

		static OutcomeRef of(RecordedOutcome outcome) {
			return new OutcomeRef(outcome.code(), outcome.statement(), outcome.eqfLevel(), outcome.category());
		}

	}

	record CoverageView(String learner, String occupation, String name, int required, int percent,
			List<OutcomeRef> covered, List<OutcomeRef> missing) {

		static CoverageView of(String learner, OccupationCoverage coverage) {
			return new CoverageView(learner, coverage.code(), coverage.name(), coverage.required(), coverage.percent(),
					coverage.covered().stream().map(OutcomeRef::of).toList(),
					coverage.missing().stream().map(OutcomeRef::of).toList());
		}

	}

}
