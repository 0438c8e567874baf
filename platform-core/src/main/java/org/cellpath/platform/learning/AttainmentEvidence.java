package org.cellpath.platform.learning;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One piece of evidence recorded for an attainment. */
@Entity
public class AttainmentEvidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Attainment attainment;

	@Enumerated(EnumType.STRING)
	private EvidenceType type;

	private String sourceRef;

	private String sourceLabel;

	private Long assessorId;

	private Instant recordedAt;

	protected AttainmentEvidence() {
	}

	public Long getId() {
		return this.id;
	}

	public EvidenceType getType() {
		return this.type;
	}

	public String getSourceRef() {
		return this.sourceRef;
	}

	public String getSourceLabel() {
		return this.sourceLabel;
	}

	public Long getAssessorId() {
		return this.assessorId;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
