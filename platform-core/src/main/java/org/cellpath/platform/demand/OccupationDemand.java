package org.cellpath.platform.demand;

/**
 * What employers need of one occupation in one region, all their needs together.
 *
 * @param occupationId the occupation's id
 * @param headcount how many people, summed over every stated need
 * @param soonestHorizonMonths the shortest horizon of those needs, in months
 */
public record OccupationDemand(Long occupationId, Long headcount, Integer soonestHorizonMonths) {
}
