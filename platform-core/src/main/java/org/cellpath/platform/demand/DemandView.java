package org.cellpath.platform.demand;

import java.time.Instant;

/**
 * A stated skill need as the API shows it. Build it where the need's occupation, region and
 * recorder are loaded.
 *
 * @param id the need's id
 * @param occupation the occupation needed
 * @param region where the people are needed
 * @param headcount how many people
 * @param horizonMonths within how many months
 * @param note what providers should know, or null
 * @param recordedBy who stated the need
 * @param recordedAt when it was stated
 */
public record DemandView(long id, Named occupation, Named region, int headcount, int horizonMonths, String note,
		Person recordedBy, Instant recordedAt) {

	public static DemandView of(Demand demand) {
		return new DemandView(demand.getId(),
				new Named(demand.getOccupation().getCode(), demand.getOccupation().getName()),
				new Named(demand.getRegion().getCode(), demand.getRegion().getName()), demand.getHeadcount(),
				demand.getHorizonMonths(), demand.getNote(),
				new Person(demand.getRecordedBy().getUsername(), demand.getRecordedBy().getDisplayName()),
				demand.getRecordedAt());
	}

	/** Something named by its code. */
	public record Named(String code, String name) {
	}

	/** Someone on Cellpath. */
	public record Person(String username, String displayName) {
	}

}
