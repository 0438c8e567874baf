package org.cellpath.platform.demand;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A skill need as an employer states it, on the page or through the API.
 *
 * @param occupation the occupation's code
 * @param region the code of the region where the people are needed
 * @param headcount how many people, 1 to 100,000
 * @param horizonMonths within how many months, 1 to 120
 * @param note anything providers should know, at most 500 characters
 */
public record DemandForm(@NotBlank(message = "{demand.occupation.required}") String occupation,
		@NotBlank(message = "{demand.region.required}") String region,
		@NotNull(message = "{demand.headcount.required}") @Min(value = 1, message = "{demand.headcount.range}") @Max(value = Demand.MAX_HEADCOUNT, message = "{demand.headcount.range}") Integer headcount,
		@NotNull(message = "{demand.horizon.required}") @Min(value = 1, message = "{demand.horizon.range}") @Max(value = Demand.MAX_HORIZON_MONTHS, message = "{demand.horizon.range}") Integer horizonMonths,
		@Size(max = 500, message = "{demand.note.size}") String note) {

	public DemandForm {
		occupation = (occupation != null) ? occupation.trim() : null;
		region = (region != null) ? region.trim() : null;
		note = (note == null || note.isBlank()) ? null : note.trim();
	}

	static DemandForm inRegion(String region) {
		return new DemandForm("", region, null, null, null);
	}

}
