package org.cellpath.platform.learning;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every learner's attainments. */
public interface Attainments extends JpaRepository<Attainment, Long> {

	@EntityGraph(attributePaths = "outcome")
	List<Attainment> findByLearnerIdOrderByAttainedAtDesc(Long learnerId);

	long countByLearnerId(Long learnerId);

}
