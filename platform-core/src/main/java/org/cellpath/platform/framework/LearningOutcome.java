package org.cellpath.platform.framework;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/**
 * A statement of what a learner knows, can do or takes responsibility for after learning. Many
 * units from many providers can address the same outcome.
 */
@Entity
public class LearningOutcome {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String statement;

	@Enumerated(EnumType.STRING)
	private OutcomeType type;

	@Enumerated(EnumType.STRING)
	private BloomLevel bloomLevel;

	private int eqfLevel;

	@Enumerated(EnumType.STRING)
	private SkillCategory category;

	@ManyToMany
	@JoinTable(name = "learning_outcome_skill", joinColumns = @JoinColumn(name = "outcome_id"),
			inverseJoinColumns = @JoinColumn(name = "skill_id"))
	@BatchSize(size = 100)
	private Set<Skill> skills = new LinkedHashSet<>();

	private Instant updatedAt;

	@Version
	private long version;

	protected LearningOutcome() {
	}

	public LearningOutcome(String code, OutcomeDescription description, Set<Skill> skills) {
		this.code = code;
		describe(description, skills);
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getStatement() {
		return this.statement;
	}

	public OutcomeType getType() {
		return this.type;
	}

	public BloomLevel getBloomLevel() {
		return this.bloomLevel;
	}

	public int getEqfLevel() {
		return this.eqfLevel;
	}

	public SkillCategory getCategory() {
		return this.category;
	}

	/** The linked ESCO skills, ordered by label. */
	public List<Skill> getSkills() {
		return this.skills.stream().sorted(Comparator.comparing(Skill::getLabel)).toList();
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	/** Replaces what the outcome says; its code stays. */
	public void describe(OutcomeDescription description, Set<Skill> skills) {
		this.statement = description.statement();
		this.type = description.type();
		this.bloomLevel = description.bloomLevel();
		this.eqfLevel = description.eqfLevel();
		this.category = description.category();
		this.skills = new LinkedHashSet<>(skills);
		this.updatedAt = Instant.now();
	}

	/**
	 * Everything about an outcome but its code and skills.
	 */
	public record OutcomeDescription(String statement, OutcomeType type, BloomLevel bloomLevel, int eqfLevel,
			SkillCategory category) {
	}

}
