package org.cellpath.course.unit;

import java.time.Instant;

/**
 * One version of a unit as its authors see it in lists and after each workflow step.
 *
 * @param unitId the unit
 * @param versionId this version
 * @param number the version number, from 1
 * @param status where the version is in the workflow
 * @param title the original title
 * @param language the original language
 * @param providerSlug the owning provider
 * @param providerName its name
 * @param createdById who created the version
 * @param submittedById who submitted it for review, or null
 * @param reviewedById who last reviewed it, or null
 * @param reviewComment the reviewer's comment, or null
 * @param updatedAt when its content last changed
 * @param publishedAt when it was published, or null
 */
public record AuthoredUnit(long unitId, long versionId, int number, VersionStatus status, String title,
		String language, String providerSlug, String providerName, Long createdById, Long submittedById,
		Long reviewedById, String reviewComment, Instant updatedAt, Instant publishedAt) {

	static AuthoredUnit of(UnitVersion version) {
		Unit unit = version.getUnit();
		return new AuthoredUnit(unit.getId(), version.getId(), version.getNumber(), version.getStatus(),
				version.getTitle(), version.getLanguage(), unit.getProvider().getSlug(), unit.getProvider().getName(),
				version.getCreatedById(), version.getSubmittedById(), version.getReviewedById(),
				version.getReviewComment(), version.getUpdatedAt(), version.getPublishedAt());
	}

}
