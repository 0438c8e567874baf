package org.cellpath.course.unit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.cellpath.course.NotAllowedException;
import org.cellpath.course.WorkflowConflictException;
import org.cellpath.course.exchange.UnitDocument;
import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authoring workflow of units, for teachers of the owning or a co-owning provider: create a
 * draft from a document, save it, submit it for review, approve it or return it with a comment,
 * publish it, retire the unit; import and export in the exchange format.
 * <p>
 * Every document is validated completely before anything is stored: invalid input throws
 * {@link InvalidInputException} listing every problem with its JSON pointer, and nothing changes.
 * A teacher without the right to a unit gets {@link NotAllowedException}; a step that does not fit
 * the unit's state gets {@link WorkflowConflictException}; an unknown unit {@link NotFoundException}.
 * <p>
 * Versions: a unit has at most one open version (draft, in review or approved). Saving a unit
 * whose only versions are published or older creates a new draft numbered after the last
 * version; publishing it supersedes the version published before. A published version never
 * changes, so what a learner attained on it keeps pointing to it.
 */
@Service
public class UnitAuthoring {

	private static final Set<VersionStatus> PUBLISHED = EnumSet.of(VersionStatus.PUBLISHED);

	private final Units units;

	private final UnitVersions versions;

	private final ProviderPolicies policies;

	private final UnitReferences references;

	private final UnitPermissions permissions;

	private final Clock clock;

	UnitAuthoring(Units units, UnitVersions versions, ProviderPolicies policies, UnitReferences references,
			UnitPermissions permissions, Clock clock) {
		this.units = units;
		this.versions = versions;
		this.policies = policies;
		this.references = references;
		this.permissions = permissions;
		this.clock = clock;
	}

	/**
	 * Creates a unit with a first draft from a document in the exchange format. The owning
	 * provider is the document's {@code provider}, or the teacher's provider when it names none;
	 * the teacher must teach for the owning provider or a co-provider.
	 * @param document the parsed JSON (see {@link UnitFormat#parse(byte[])})
	 * @param teacher the signed-in teacher
	 * @return the new draft (version 1)
	 * @throws InvalidInputException listing every problem of the document; nothing is stored
	 */
	@Transactional
	public AuthoredUnit createDraft(JsonNode document, User teacher) {
		this.permissions.checkTeacher(teacher);
		List<FieldProblem> problems = new ArrayList<>();
		UnitReferences.Resolved resolved = this.references.resolve(document, teacher, null, "", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return AuthoredUnit.of(create(resolved, teacher));
	}

	/** Creates a unit from a document built in code, e.g. by a form; see {@link #createDraft(JsonNode, User)}. */
	@Transactional
	public AuthoredUnit createDraft(UnitDocument document, User teacher) {
		return createDraft(UnitFormat.toTree(document), teacher);
	}

	/**
	 * Imports many units at once, e.g. the entries of a zip (see {@link UnitFormat#parseZip(byte[])}).
	 * All documents are validated first; problems are reported as {@code <name>#<pointer>}; either
	 * every unit is created or none.
	 * @param documentsByName parsed documents by their name (zip entry)
	 * @return the drafts, in the order given
	 */
	@Transactional
	public List<AuthoredUnit> importUnits(Map<String, JsonNode> documentsByName, User teacher) {
		return importUnits(documentsByName, List.of(), teacher);
	}

	private List<AuthoredUnit> importUnits(Map<String, JsonNode> documentsByName, List<FieldProblem> earlier,
			User teacher) {
		this.permissions.checkTeacher(teacher);
		List<FieldProblem> problems = new ArrayList<>(earlier);
		List<UnitReferences.Resolved> valid = new ArrayList<>();
		documentsByName.forEach((name, document) -> valid.add(this.references.resolve(document, teacher, null, name + "#", problems)));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return valid.stream().map((resolved) -> AuthoredUnit.of(create(resolved, teacher))).toList();
	}

	/**
	 * Imports the units of a zip in the exchange format, all or nothing: unreadable entries and
	 * the problems of every readable one are reported together as {@code <entry name>#<pointer>}.
	 * @return the drafts, in the zip's order
	 */
	@Transactional
	public List<AuthoredUnit> importZip(byte[] zip, User teacher) {
		this.permissions.checkTeacher(teacher);
		UnitFormat.ZipContents contents = UnitFormat.readZip(zip);
		return importUnits(contents.units(), contents.unreadable(), teacher);
	}

	/**
	 * Replaces the unit's open version with the document, or opens a new draft when the unit has
	 * none (its published version stays as it is). A version in review or approved becomes a
	 * draft again. The owning provider cannot change; co-providers can.
	 * @return the draft
	 */
	@Transactional
	public AuthoredUnit saveDraft(long unitId, JsonNode document, User teacher) {
		Unit unit = lockedUnit(unitId);
		this.permissions.checkEditor(teacher, unit);
		List<FieldProblem> problems = new ArrayList<>();
		UnitReferences.Resolved resolved = this.references.resolve(document, teacher, unit, "", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		unit.shareWith(resolved.coProviders());
		Instant now = this.clock.instant();
		Optional<UnitVersion> open = openVersion(unitId);
		UnitVersion draft;
		if (open.isPresent()) {
			draft = open.get();
			draft.rewrite(resolved.document(), resolved.outcomes(), now);
		}
		else {
			draft = this.versions.save(new UnitVersion(unit, this.versions.lastNumber(unitId) + 1,
					resolved.document(), resolved.outcomes(), teacher, now));
		}
		this.versions.flush();
		return AuthoredUnit.of(draft);
	}

	/** Saves a document built in code; see {@link #saveDraft(long, JsonNode, User)}. */
	@Transactional
	public AuthoredUnit saveDraft(long unitId, UnitDocument document, User teacher) {
		return saveDraft(unitId, UnitFormat.toTree(document), teacher);
	}

	/** Submits the unit's draft for review by a second teacher. */
	@Transactional
	public AuthoredUnit submitForReview(long unitId, User teacher) {
		Unit unit = lockedUnit(unitId);
		this.permissions.checkEditor(teacher, unit);
		UnitVersion draft = openVersion(unitId)
			.filter((version) -> version.getStatus() == VersionStatus.DRAFT)
			.orElseThrow(() -> new WorkflowConflictException("Unit " + unitId + " has no draft to submit."));
		draft.submit(teacher, this.clock.instant());
		return AuthoredUnit.of(draft);
	}

	/**
	 * Approves the version in review. The reviewer must be a teacher of an owner and not the one
	 * who submitted it.
	 * @param comment optional remarks for the authors
	 */
	@Transactional
	public AuthoredUnit approve(long unitId, User reviewer, String comment) {
		Unit unit = lockedUnit(unitId);
		this.permissions.checkEditor(reviewer, unit);
		UnitVersion inReview = inReview(unitId);
		if (Objects.equals(inReview.getSubmittedById(), reviewer.getId())) {
			throw new NotAllowedException("A second teacher must review unit " + unitId
					+ "; the teacher who submitted it cannot approve it.");
		}
		inReview.approve(reviewer, comment, this.clock.instant());
		return AuthoredUnit.of(inReview);
	}

	/** Returns the version in review (or approved) to its authors as a draft, with a comment. */
	@Transactional
	public AuthoredUnit returnToDraft(long unitId, User reviewer, String comment) {
		Unit unit = lockedUnit(unitId);
		this.permissions.checkEditor(reviewer, unit);
		UnitVersion version = openVersion(unitId)
			.filter((open) -> open.getStatus() != VersionStatus.DRAFT)
			.orElseThrow(() -> new WorkflowConflictException("Unit " + unitId + " has no version in review."));
		version.returnToDraft(reviewer, comment, this.clock.instant());
		return AuthoredUnit.of(version);
	}

	/**
	 * Publishes the unit's open version as its new current version; the one published before is
	 * superseded and a retired unit returns to the catalogue. Where the owning provider requires
	 * review, only a version that a second teacher approved is published.
	 */
	@Transactional
	public AuthoredUnit publish(long unitId, User teacher) {
		Unit unit = lockedUnit(unitId);
		this.permissions.checkEditor(teacher, unit);
		UnitVersion open = openVersion(unitId)
			.orElseThrow(() -> new WorkflowConflictException("Unit " + unitId + " has no draft to publish."));
		if (requiresReview(unit.getProvider().getId()) && open.getStatus() != VersionStatus.APPROVED) {
			throw new NotAllowedException(unit.getProvider().getName()
					+ " requires a second teacher to review a unit before it is published; submit it for review.");
		}
		if (open.getStatus() == VersionStatus.APPROVED && Objects.equals(open.getReviewedById(), open.getSubmittedById())) {
			throw new NotAllowedException("A second teacher must review unit " + unitId + ".");
		}
		this.versions.findFirstByUnitIdAndStatusInOrderByNumberDesc(unitId, PUBLISHED).ifPresent(UnitVersion::supersede);
		this.versions.flush();
		open.publish(teacher, this.clock.instant());
		unit.returnToCatalogue();
		return AuthoredUnit.of(open);
	}

	/** Withdraws the unit from the catalogue: its published version is retired. */
	@Transactional
	public AuthoredUnit retire(long unitId, User teacher) {
		Unit unit = lockedUnit(unitId);
		this.permissions.checkEditor(teacher, unit);
		UnitVersion published = this.versions.findFirstByUnitIdAndStatusInOrderByNumberDesc(unitId, PUBLISHED)
			.orElseThrow(() -> new WorkflowConflictException("Unit " + unitId + " is not published."));
		published.retire();
		unit.retire(this.clock.instant());
		return AuthoredUnit.of(published);
	}

	/**
	 * The unit in the exchange format, answers included, for a teacher of an owner.
	 * @param number the version to export, or null for the published version (the latest
	 * version when none is published)
	 */
	@Transactional(readOnly = true)
	public UnitDocument export(long unitId, Integer number, User teacher) {
		Unit unit = unit(unitId);
		this.permissions.checkEditor(teacher, unit);
		return exportable(unitId, number).getDocument();
	}

	/**
	 * Many units as a zip of {@code unit-<id>-v<n>.json} entries (each the published version, or
	 * the latest where none is published). The teacher must be allowed to export every one.
	 */
	@Transactional(readOnly = true)
	public byte[] exportZip(Collection<Long> unitIds, User teacher) {
		Map<String, UnitDocument> documents = new LinkedHashMap<>();
		for (Long unitId : new LinkedHashSet<>(unitIds)) {
			Unit unit = unit(unitId);
			this.permissions.checkEditor(teacher, unit);
			UnitVersion version = exportable(unitId, null);
			documents.put("unit-" + unitId + "-v" + version.getNumber(), version.getDocument());
		}
		return UnitFormat.writeZip(documents);
	}

	/**
	 * The document a teacher edits: the open version's, else the published one's, else the
	 * latest version's.
	 */
	@Transactional(readOnly = true)
	public UnitDocument workingDocument(long unitId, User teacher) {
		Unit unit = unit(unitId);
		this.permissions.checkEditor(teacher, unit);
		return openVersion(unitId).orElseGet(() -> exportable(unitId, null)).getDocument();
	}

	/** Every version of the unit, newest first, for a teacher of an owner. */
	@Transactional(readOnly = true)
	public List<AuthoredUnit> versions(long unitId, User teacher) {
		Unit unit = unit(unitId);
		this.permissions.checkEditor(teacher, unit);
		return this.versions.findByUnitIdOrderByNumberDesc(unitId).stream().map(AuthoredUnit::of).toList();
	}

	/**
	 * The units of the teacher's provider (owned or co-owned), latest change first.
	 * @param status only versions in this status (a unit with a published version and a draft
	 * appears under both); null for the latest version of each unit
	 */
	@Transactional(readOnly = true)
	public List<AuthoredUnit> unitsOf(User teacher, VersionStatus status) {
		if (teacher == null || teacher.getOrganisation() == null) {
			return List.of();
		}
		Long organisationId = teacher.getOrganisation().getId();
		List<UnitVersion> found = (status != null) ? this.versions.findOwnedBy(organisationId, EnumSet.of(status))
				: this.versions.findLatestOwnedBy(organisationId);
		return found.stream().map(AuthoredUnit::of).toList();
	}

	/** Versions of the teacher's provider's units that wait for review by someone other than their submitter. */
	@Transactional(readOnly = true)
	public List<AuthoredUnit> reviewQueue(User teacher) {
		if (teacher == null || !teacher.hasRole(Role.TEACHER) || teacher.getOrganisation() == null) {
			return List.of();
		}
		return this.versions.findOwnedBy(teacher.getOrganisation().getId(), EnumSet.of(VersionStatus.IN_REVIEW))
			.stream()
			.filter((version) -> !Objects.equals(version.getSubmittedById(), teacher.getId()))
			.map(AuthoredUnit::of)
			.toList();
	}

	/** Whether the user may edit, publish, retire and export the unit. */
	@Transactional(readOnly = true)
	public boolean mayEdit(long unitId, User user) {
		return this.units.findById(unitId).map((unit) -> this.permissions.mayEdit(user, unit)).orElse(false);
	}

	/** Whether the provider requires a second teacher's review before a unit is published. */
	@Transactional(readOnly = true)
	public boolean requiresReview(long providerId) {
		return this.policies.findById(providerId).map(ProviderPolicy::requiresReview).orElse(false);
	}

	/**
	 * Sets whether the provider requires a second teacher's review before publishing. Its provider
	 * admins and teachers may set it.
	 */
	@Transactional
	public void requireReview(long providerId, boolean required, User by) {
		boolean member = by != null && by.getOrganisation() != null && by.getOrganisation().getId() == providerId
				&& (by.hasRole(Role.PROVIDER_ADMIN) || by.hasRole(Role.TEACHER));
		if (!member) {
			throw new NotAllowedException("Only the provider's admins and teachers may set its review policy.");
		}
		this.policies.findById(providerId)
			.ifPresentOrElse((policy) -> policy.requireReview(required),
					() -> this.policies.save(new ProviderPolicy(providerId, required)));
	}

	private UnitVersion create(UnitReferences.Resolved resolved, User teacher) {
		Instant now = this.clock.instant();
		Unit unit = this.units.save(new Unit(resolved.provider(), resolved.coProviders(), teacher, now));
		return this.versions.save(new UnitVersion(unit, 1, resolved.document(), resolved.outcomes(), teacher, now));
	}

	private Unit unit(long unitId) {
		return this.units.findById(unitId).orElseThrow(() -> new NotFoundException("No unit " + unitId));
	}

	private Unit lockedUnit(long unitId) {
		return this.units.findLockedById(unitId).orElseThrow(() -> new NotFoundException("No unit " + unitId));
	}

	private Optional<UnitVersion> openVersion(long unitId) {
		return this.versions.findFirstByUnitIdAndStatusInOrderByNumberDesc(unitId, VersionStatus.OPEN);
	}

	private UnitVersion inReview(long unitId) {
		return openVersion(unitId).filter((version) -> version.getStatus() == VersionStatus.IN_REVIEW)
			.orElseThrow(() -> new WorkflowConflictException("Unit " + unitId + " has no version in review."));
	}

	private UnitVersion exportable(long unitId, Integer number) {
		if (number != null) {
			return this.versions.findByUnitIdAndNumber(unitId, number)
				.orElseThrow(() -> new NotFoundException("Unit " + unitId + " has no version " + number));
		}
		return this.versions.findFirstByUnitIdAndStatusInOrderByNumberDesc(unitId, PUBLISHED)
			.or(() -> this.versions.findByUnitIdOrderByNumberDesc(unitId).stream().findFirst())
			.orElseThrow(() -> new NotFoundException("No unit " + unitId));
	}

}
