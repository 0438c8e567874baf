package org.cellpath.platform.framework;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** A job role of the battery value chain and the learning outcomes it requires. */
@Entity
public class Occupation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String description;

	private String escoUri;

	@ManyToMany
	@JoinTable(name = "occupation_outcome", joinColumns = @JoinColumn(name = "occupation_id"),
			inverseJoinColumns = @JoinColumn(name = "outcome_id"))
	@BatchSize(size = 100)
	private Set<LearningOutcome> requiredOutcomes = new LinkedHashSet<>();

	@Version
	private long version;

	protected Occupation() {
	}

	public Occupation(String code, String name, String description, String escoUri,
			Set<LearningOutcome> requiredOutcomes) {
		this.code = code;
		describe(name, description, escoUri, requiredOutcomes);
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public String getEscoUri() {
		return this.escoUri;
	}

	/** The required outcomes, by EQF level then code. */
	public List<LearningOutcome> getRequiredOutcomes() {
		return this.requiredOutcomes.stream()
			.sorted(Comparator.comparing(LearningOutcome::getEqfLevel).thenComparing(LearningOutcome::getCode))
			.toList();
	}

	public boolean requires(LearningOutcome outcome) {
		return this.requiredOutcomes.contains(outcome);
	}

	public void describe(String name, String description, String escoUri, Set<LearningOutcome> requiredOutcomes) {
		this.name = name;
		this.description = description;
		this.escoUri = escoUri;
		this.requiredOutcomes = new LinkedHashSet<>(requiredOutcomes);
	}

}
