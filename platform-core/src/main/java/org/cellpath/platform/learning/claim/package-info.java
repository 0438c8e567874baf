/**
 * Recognition of prior learning: a learner claims learning outcomes and backs the claim with
 * evidence (a description, checked files, links, an employer's reference); a teacher of a provider
 * that offers the outcomes assesses it, and an approval credits the outcomes to the learning
 * account as validated prior learning. Every step is kept in the claim's audit trail.
 * <p>
 * Evidence files live in the database (their bytes in a table of their own) rather than in a
 * directory: several stateless instances share one MariaDB in production, and export and erasure
 * then cover them in one transaction. See docs/prior-learning.md.
 */
@NamedInterface("claim")
package org.cellpath.platform.learning.claim;

import org.springframework.modulith.NamedInterface;
