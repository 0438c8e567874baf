package org.cellpath.platform.demand;

import java.util.List;
import java.util.Optional;

import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.Region;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every skill need employers have stated. */
public interface Demands extends JpaRepository<Demand, Long> {

	/** An organisation's needs, with what a list shows of each. */
	@EntityGraph(attributePaths = { "occupation", "region", "recordedBy" })
	Page<Demand> findByOrganisation(Organisation organisation, Pageable pageable);

	@EntityGraph(attributePaths = { "occupation", "region", "recordedBy" })
	Optional<Demand> findByIdAndOrganisation(Long id, Organisation organisation);

	long countByOrganisation(Organisation organisation);

	/** The needs in a region, summed per occupation. */
	@Query("select new org.cellpath.platform.demand.OccupationDemand(d.occupation.id, sum(d.headcount), min(d.horizonMonths))"
			+ " from Demand d where d.region = :region group by d.occupation.id")
	List<OccupationDemand> totalsIn(Region region);

}
