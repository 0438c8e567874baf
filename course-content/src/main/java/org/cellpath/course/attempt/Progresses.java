package org.cellpath.course.attempt;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Every learner's progress through units. */
public interface Progresses extends JpaRepository<Progress, Long> {

	Optional<Progress> findByUnitIdAndLearnerId(Long unitId, Long learnerId);

	List<Progress> findByLearnerIdOrderByUpdatedAtDesc(Long learnerId);

	List<Progress> findByLearnerIdAndPassedFalseOrderByUpdatedAtDesc(Long learnerId);

	@Modifying
	@Query("delete from Progress p where p.learnerId = :learnerId")
	int deleteByLearner(Long learnerId);

}
