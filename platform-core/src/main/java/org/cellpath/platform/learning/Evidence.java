package org.cellpath.platform.learning;

import java.util.Objects;

/**
 * One piece of evidence for an outcome.
 *
 * @param type what kind of evidence it is
 * @param sourceRef a stable reference to where it came from, e.g. {@code unit:42:v3:attempt:17};
 * the same source never counts twice for one attainment
 * @param sourceLabel what a person reads about the source, e.g. the unit title and version
 * @param assessorId the teacher who assessed it, when a person did
 */
public record Evidence(EvidenceType type, String sourceRef, String sourceLabel, Long assessorId) {

	public Evidence {
		Objects.requireNonNull(type, "type");
		if (sourceRef == null || sourceRef.isBlank() || sourceRef.length() > 255) {
			throw new IllegalArgumentException("An evidence source reference of 1 to 255 characters is required");
		}
		sourceLabel = (sourceLabel == null || sourceLabel.isBlank()) ? sourceRef : sourceLabel;
		sourceLabel = (sourceLabel.length() > 255) ? sourceLabel.substring(0, 255) : sourceLabel;
	}

}
