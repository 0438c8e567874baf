package org.cellpath.platform.learning.sharing;

import java.time.Instant;
import java.util.List;

/**
 * One of a learner's share links as their list shows it.
 *
 * @param id the link's id
 * @param token the link's token
 * @param label what the learner called it, or null
 * @param createdAt when it was made
 * @param expiresAt when it stops working
 * @param revokedAt when the learner revoked it, or null
 * @param status whether it still works
 * @param attainments the ids of the attainments it shows
 * @param views how often it was viewed
 * @param lastViewedAt when it was last viewed, or null
 */
public record ShareSummary(long id, String token, String label, Instant createdAt, Instant expiresAt,
		Instant revokedAt, ShareLink.Status status, List<Long> attainments, long views, Instant lastViewedAt) {

	static ShareSummary of(ShareLink link, Instant now, ViewCount count) {
		return new ShareSummary(link.getId(), link.getToken(), link.getLabel(), link.getCreatedAt(),
				link.getExpiresAt(), link.getRevokedAt(), link.status(now),
				link.itemIds(SharedItemKind.ATTAINMENT), (count != null) ? count.views() : 0,
				(count != null) ? count.lastViewedAt() : null);
	}

}
