/**
 * The individual learning account: every outcome a learner attained, with the evidence for it.
 * Crediting an outcome publishes {@link org.cellpath.platform.learning.OutcomeAttained} once per
 * new attainment.
 */
@NamedInterface("learning")
package org.cellpath.platform.learning;

import org.springframework.modulith.NamedInterface;
