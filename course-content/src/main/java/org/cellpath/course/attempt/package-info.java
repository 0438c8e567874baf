/**
 * Learners taking units: their progress through the content, attempts at the assessment scored on
 * the server, and crediting the unit's outcomes to the learning account on a pass. Also the
 * platform's views into this: learning in progress, outcome offerings and personal data.
 */
@NamedInterface("attempt")
package org.cellpath.course.attempt;

import org.springframework.modulith.NamedInterface;
