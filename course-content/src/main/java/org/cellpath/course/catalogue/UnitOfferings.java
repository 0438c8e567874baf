package org.cellpath.course.catalogue;

import java.util.Set;
import java.util.TreeSet;

import org.cellpath.course.unit.UnitVersions;
import org.cellpath.platform.learning.OutcomeOfferings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A provider offers an outcome when it owns or co-owns a published unit that addresses it. */
@Component
class UnitOfferings implements OutcomeOfferings {

	private final UnitVersions versions;

	UnitOfferings(UnitVersions versions) {
		this.versions = versions;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> providersOffering(long outcomeId) {
		Set<Long> providers = new TreeSet<>(this.versions.ownersPublishing(outcomeId));
		providers.addAll(this.versions.coOwnersPublishing(outcomeId));
		return providers;
	}

}
