package org.cellpath.platform.learning.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.cellpath.platform.learning.EvidenceType;

/**
 * One piece of evidence for an attainment.
 *
 * @param type what kind of evidence it is
 * @param source what a person reads about where it came from (unit and version, issuer, workplace)
 * @param sourceRef the stable reference of the source
 * @param assessor the name of the person who assessed it, or null when no person did
 * @param recordedAt when it was recorded
 */
public record RecordedEvidence(EvidenceType type, String source, String sourceRef, String assessor,
		Instant recordedAt) {

	/** The day it was recorded (UTC). */
	public LocalDate recordedOn() {
		return LocalDate.ofInstant(this.recordedAt, ZoneOffset.UTC);
	}

}
