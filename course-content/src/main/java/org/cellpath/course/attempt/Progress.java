package org.cellpath.course.attempt;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How far a learner got in a unit: the content block they reached, and whether they passed. */
@Entity
@Table(name = "course_unit_progress")
public class Progress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private Long learnerId;

	private Long versionId;

	private int blockIndex;

	private int blockCount;

	private boolean passed;

	private Instant startedAt;

	private Instant updatedAt;

	protected Progress() {
	}

	Progress(long unitId, long learnerId, long versionId, int blockCount, Instant now) {
		this.unitId = unitId;
		this.learnerId = learnerId;
		this.versionId = versionId;
		this.blockCount = blockCount;
		this.startedAt = now;
		this.updatedAt = now;
	}

	/** Remembers the block reached; going back does not lose how far the learner got. */
	void reach(long versionId, int blockIndex, int blockCount, Instant now) {
		if (this.versionId != versionId) {
			this.versionId = versionId;
			this.blockIndex = 0;
		}
		this.blockCount = blockCount;
		this.blockIndex = Math.max(this.blockIndex, Math.min(blockIndex, blockCount - 1));
		this.updatedAt = now;
	}

	void pass(Instant now) {
		this.passed = true;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Long getLearnerId() {
		return this.learnerId;
	}

	public Long getVersionId() {
		return this.versionId;
	}

	public int getBlockIndex() {
		return this.blockIndex;
	}

	public int getBlockCount() {
		return this.blockCount;
	}

	public boolean isPassed() {
		return this.passed;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * How far the learner got, 0 to 100: the content counts for all but the last step, which is
	 * passing the assessment.
	 */
	public int getPercent() {
		if (this.passed) {
			return 100;
		}
		return (int) Math.min(99, Math.round(100.0 * (this.blockIndex + 1) / (this.blockCount + 1)));
	}

}
