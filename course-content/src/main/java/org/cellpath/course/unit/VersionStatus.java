package org.cellpath.course.unit;

import java.util.EnumSet;
import java.util.Set;

/** Where a version of a unit is in the authoring workflow. */
public enum VersionStatus {

	/** Being written; teachers of an owning provider change it freely. */
	DRAFT,

	/** Submitted for review by a second teacher. */
	IN_REVIEW,

	/** A second teacher approved it; it waits to be published. */
	APPROVED,

	/** The version learners see; it never changes. */
	PUBLISHED,

	/** A later version was published in its place. */
	SUPERSEDED,

	/** Withdrawn from the catalogue. */
	RETIRED;

	/** The statuses of a version that is still being worked on (at most one per unit). */
	public static final Set<VersionStatus> OPEN = EnumSet.of(DRAFT, IN_REVIEW, APPROVED);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

}
