package org.cellpath.course.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provider's rule for publishing its units: whether a second teacher must review first. */
@Entity
@Table(name = "course_provider_policy")
class ProviderPolicy {

	@Id
	private Long providerId;

	private boolean requiresReview;

	protected ProviderPolicy() {
	}

	ProviderPolicy(Long providerId, boolean requiresReview) {
		this.providerId = providerId;
		this.requiresReview = requiresReview;
	}

	boolean requiresReview() {
		return this.requiresReview;
	}

	void requireReview(boolean required) {
		this.requiresReview = required;
	}

}
