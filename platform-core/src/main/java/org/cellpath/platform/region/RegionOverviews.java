package org.cellpath.platform.region;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cellpath.platform.demand.Demands;
import org.cellpath.platform.demand.OccupationDemand;
import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.framework.Occupations;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.Organisations;
import org.cellpath.platform.identity.Region;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.region.RegionOverview.OccupationNeed;
import org.cellpath.platform.region.RegionOverview.OutcomeRef;
import org.cellpath.platform.region.RegionOverview.ProviderRef;
import org.cellpath.platform.region.RegionOverview.RegionRef;
import org.cellpath.platform.web.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts together the overview of the region a coordinator coordinates. */
@Service
public class RegionOverviews {

	private static final Comparator<OccupationNeed> MOST_NEEDED_FIRST = Comparator
		.comparingLong(OccupationNeed::demandHeadcount)
		.reversed()
		.thenComparing(OccupationNeed::name);

	private final Users users;

	private final Organisations organisations;

	private final Occupations occupations;

	private final Demands demands;

	RegionOverviews(Users users, Organisations organisations, Occupations occupations, Demands demands) {
		this.users = users;
		this.organisations = organisations;
		this.occupations = occupations;
		this.demands = demands;
	}

	@Transactional(readOnly = true)
	public RegionOverview of(User coordinator) {
		Region region = this.users.findWithPlacesById(coordinator.getId())
			.map(User::getRegion)
			.orElseThrow(() -> new InvalidInputException("region", "region.none",
					"your account coordinates no region; ask a platform admin to assign yours"));
		Map<Long, OccupationDemand> demand = this.demands.totalsIn(region)
			.stream()
			.collect(Collectors.toMap(OccupationDemand::occupationId, Function.identity()));
		List<OccupationNeed> needs = this.occupations.findAllByOrderByName()
			.stream()
			.map((occupation) -> need(occupation, demand.get(occupation.getId())))
			.sorted(MOST_NEEDED_FIRST)
			.toList();
		List<ProviderRef> providers = this.organisations.findByRegionOrderByName(region)
			.stream()
			.filter(Organisation::isProvider)
			.map((provider) -> new ProviderRef(provider.getSlug(), provider.getName()))
			.toList();
		return new RegionOverview(new RegionRef(region.getCode(), region.getName()), needs, providers);
	}

	private static OccupationNeed need(Occupation occupation, OccupationDemand demand) {
		return new OccupationNeed(occupation.getCode(), occupation.getName(),
				(demand != null) ? demand.headcount() : 0, (demand != null) ? demand.soonestHorizonMonths() : null,
				occupation.getRequiredOutcomes()
					.stream()
					.map((outcome) -> new OutcomeRef(outcome.getCode(), outcome.getStatement(), outcome.getEqfLevel()))
					.toList());
	}

}
