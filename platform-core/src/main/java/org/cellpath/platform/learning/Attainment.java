package org.cellpath.platform.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.BatchSize;

import org.cellpath.platform.framework.LearningOutcome;

/** A learning outcome that a learner attained, with all the evidence for it. */
@Entity
public class Attainment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long learnerId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private LearningOutcome outcome;

	private Instant attainedAt;

	@OneToMany(mappedBy = "attainment")
	@BatchSize(size = 100)
	private List<AttainmentEvidence> evidence = new ArrayList<>();

	protected Attainment() {
	}

	public Long getId() {
		return this.id;
	}

	public Long getLearnerId() {
		return this.learnerId;
	}

	public LearningOutcome getOutcome() {
		return this.outcome;
	}

	public Instant getAttainedAt() {
		return this.attainedAt;
	}

	/** The day of the attainment (UTC). */
	public java.time.LocalDate getAttainedOn() {
		return java.time.LocalDate.ofInstant(this.attainedAt, java.time.ZoneOffset.UTC);
	}

	/** The evidence, oldest first. */
	public List<AttainmentEvidence> getEvidence() {
		return this.evidence.stream().sorted(Comparator.comparing(AttainmentEvidence::getRecordedAt)).toList();
	}

}
