package org.cellpath.platform.framework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All occupations. */
public interface Occupations extends JpaRepository<Occupation, Long> {

	Optional<Occupation> findByCode(String code);

	boolean existsByCode(String code);

	List<Occupation> findAllByOrderByName();

	@Query("select o from Occupation o join o.requiredOutcomes r where r = :outcome order by o.name")
	List<Occupation> findRequiring(LearningOutcome outcome);

}
