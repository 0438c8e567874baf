package org.cellpath.platform.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Region", description = "The signed-in region coordinator's region")
class RegionApi {

	private final RegionOverviews overviews;

	RegionApi(RegionOverviews overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/api/v1/region/overview")
	@Operation(summary = "Per occupation: people employers in your region need, the soonest horizon and the required "
			+ "outcomes; and the region's education providers (region coordinator)")
	RegionOverview overview(@CurrentUser User coordinator) {
		return this.overviews.of(coordinator);
	}

}
