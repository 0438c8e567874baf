package org.cellpath.platform.learning.sharing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every logged view of a share link. */
public interface ShareViews extends JpaRepository<ShareView, Long> {

	/** The views of a link, newest first, with the viewer's organisation and the occupation. */
	@EntityGraph(attributePaths = { "viewerOrganisation", "occupation" })
	List<ShareView> findByShareOrderByViewedAtDescIdDesc(ShareLink share);

	/** The views of all of a learner's links, newest first, with organisation and occupation. */
	@EntityGraph(attributePaths = { "share", "viewerOrganisation", "occupation" })
	List<ShareView> findByShareLearnerIdOrderByViewedAtDescIdDesc(Long learnerId);

	/** For each of a learner's links that was viewed: its id, how often, and when last. */
	@Query("select new org.cellpath.platform.learning.sharing.ViewCount(v.share.id, count(v), max(v.viewedAt))"
			+ " from ShareView v where v.share.learnerId = :learnerId group by v.share.id")
	List<ViewCount> countsFor(Long learnerId);

	/** How often a link was viewed and when last; empty when never. */
	@Query("select new org.cellpath.platform.learning.sharing.ViewCount(v.share.id, count(v), max(v.viewedAt))"
			+ " from ShareView v where v.share = :share group by v.share.id")
	Optional<ViewCount> countFor(ShareLink share);

}
