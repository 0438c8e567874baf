package org.cellpath.course.attempt;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A learner's submitted answers to one version of a unit's assessment, and their score. */
@Entity
@Table(name = "course_unit_attempt")
public class Attempt {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private Long versionId;

	private Long learnerId;

	@Column(columnDefinition = "longtext")
	private String answers;

	private double score;

	private boolean passed;

	private Instant submittedAt;

	protected Attempt() {
	}

	Attempt(long unitId, long versionId, long learnerId, String answers, double score, boolean passed, Instant now) {
		this.unitId = unitId;
		this.versionId = versionId;
		this.learnerId = learnerId;
		this.answers = answers;
		this.score = score;
		this.passed = passed;
		this.submittedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Long getVersionId() {
		return this.versionId;
	}

	public Long getLearnerId() {
		return this.learnerId;
	}

	/** The answers as the learner sent them (JSON). */
	public String getAnswers() {
		return this.answers;
	}

	public double getScore() {
		return this.score;
	}

	public boolean isPassed() {
		return this.passed;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

}
