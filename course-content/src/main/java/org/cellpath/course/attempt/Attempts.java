package org.cellpath.course.attempt;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Every attempt of every learner. */
public interface Attempts extends JpaRepository<Attempt, Long> {

	long countByLearnerIdAndVersionId(Long learnerId, Long versionId);

	boolean existsByLearnerIdAndUnitIdAndPassedTrue(Long learnerId, Long unitId);

	List<Attempt> findByLearnerIdOrderBySubmittedAtDesc(Long learnerId);

	List<Attempt> findByLearnerIdAndUnitIdOrderBySubmittedAtDesc(Long learnerId, Long unitId);

	@Modifying
	@Query("delete from Attempt a where a.learnerId = :learnerId")
	int deleteByLearner(Long learnerId);

}
