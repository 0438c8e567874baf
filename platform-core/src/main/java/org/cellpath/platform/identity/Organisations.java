package org.cellpath.platform.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** All education providers and employers. */
public interface Organisations extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findBySlug(String slug);

	@EntityGraph(attributePaths = "region")
	List<Organisation> findAllByOrderByName();

	@EntityGraph(attributePaths = "region")
	List<Organisation> findByTypeOrderByName(OrganisationType type);

	@EntityGraph(attributePaths = "region")
	List<Organisation> findByRegionOrderByName(Region region);

}
