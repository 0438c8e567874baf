package org.cellpath.platform.framework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** All learning outcomes. */
public interface LearningOutcomes extends JpaRepository<LearningOutcome, Long>, JpaSpecificationExecutor<LearningOutcome> {

	Optional<LearningOutcome> findByCode(String code);

	boolean existsByCode(String code);

	List<LearningOutcome> findByCodeIn(Collection<String> codes);

	List<LearningOutcome> findAllByOrderByCode();

}
