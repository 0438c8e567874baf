package org.cellpath.platform.learning.sharing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every share link. */
public interface ShareLinks extends JpaRepository<ShareLink, Long> {

	@EntityGraph(attributePaths = "items")
	Optional<ShareLink> findByToken(String token);

	/** A learner's links, newest first, with their items. */
	@EntityGraph(attributePaths = "items")
	List<ShareLink> findByLearnerIdOrderByCreatedAtDescIdDesc(Long learnerId);

	@EntityGraph(attributePaths = "items")
	Optional<ShareLink> findByIdAndLearnerId(Long id, Long learnerId);

	long countByLearnerId(Long learnerId);

}
