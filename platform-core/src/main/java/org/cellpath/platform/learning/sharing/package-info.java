/**
 * Sharing a learning record: a learner makes a link to chosen items of their account with an
 * expiry; anyone with the link sees those items, read-only, until it expires or the learner
 * revokes it; every view is logged (when, how, and a signed-in viewer's organisation, never an
 * address). An employer can hold a shared record against an occupation.
 *
 * <p>A link's items have a {@link org.cellpath.platform.learning.sharing.SharedItemKind kind}:
 * attainments today. Badges become another kind, with no change to the tables.
 */
@NamedInterface("sharing")
package org.cellpath.platform.learning.sharing;

import org.springframework.modulith.NamedInterface;
