package org.cellpath.platform.region;

import java.util.List;

/**
 * One region at a glance, as the page and the API show it.
 *
 * @param region the region
 * @param occupations every occupation, those employers need most first
 * @param providers the region's education providers, by name
 */
public record RegionOverview(RegionRef region, List<OccupationNeed> occupations, List<ProviderRef> providers) {

	/** A region named by its code. */
	public record RegionRef(String code, String name) {
	}

	/**
	 * What employers in the region need of one occupation, and what the occupation requires.
	 *
	 * @param code the occupation's code
	 * @param name its name
	 * @param demandHeadcount people needed, summed over every employer's stated need; 0 when none
	 * @param soonestHorizonMonths the shortest horizon of those needs, or null when there is none
	 * @param requiredOutcomes the learning outcomes the occupation requires
	 */
	public record OccupationNeed(String code, String name, long demandHeadcount, Integer soonestHorizonMonths,
			List<OutcomeRef> requiredOutcomes) {
	}

	/** A learning outcome named by its code. */
	public record OutcomeRef(String code, String statement, int eqfLevel) {
	}

	/** An education provider named by its slug. */
	public record ProviderRef(String slug, String name) {
	}

}
