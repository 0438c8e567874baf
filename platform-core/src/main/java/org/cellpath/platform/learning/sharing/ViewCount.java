package org.cellpath.platform.learning.sharing;

import java.time.Instant;

/**
 * How often a link was viewed.
 *
 * @param shareId the link
 * @param views how many views
 * @param lastViewedAt when last
 */
public record ViewCount(Long shareId, Long views, Instant lastViewedAt) {
}
