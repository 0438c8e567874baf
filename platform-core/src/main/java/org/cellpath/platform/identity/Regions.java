package org.cellpath.platform.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All regions. */
public interface Regions extends JpaRepository<Region, Long> {

	Optional<Region> findByCode(String code);

	List<Region> findAllByOrderByName();

}
