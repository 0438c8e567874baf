package org.cellpath.course.unit;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** All units. */
public interface Units extends JpaRepository<Unit, Long> {

	/** The unit, locked until the transaction ends, so that workflow steps on it queue up. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from Unit u where u.id = :id")
	Optional<Unit> findLockedById(Long id);

}
