package org.cellpath.platform.learning.account;

import java.util.List;

/**
 * How far a set of attainments covers what an occupation requires.
 *
 * @param code the occupation's code
 * @param name the occupation's name
 * @param covered the required outcomes attained, by EQF level then code
 * @param missing the required outcomes not attained, by EQF level then code
 */
public record OccupationCoverage(String code, String name, List<RecordedOutcome> covered,
		List<RecordedOutcome> missing) {

	/** How many outcomes the occupation requires. */
	public int required() {
		return this.covered.size() + this.missing.size();
	}

	/** The share of required outcomes covered, 0 to 100, rounded down; 0 when nothing is required. */
	public int percent() {
		return (required() == 0) ? 0 : this.covered.size() * 100 / required();
	}

}
