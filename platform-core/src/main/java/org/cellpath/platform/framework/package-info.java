/**
 * The shared vocabulary of learning: learning outcomes (type, Bloom level, EQF level, skill
 * category, ESCO skills), skills, and occupations with the outcomes they require. Units, badges
 * and pathways in other modules all refer to these outcomes.
 */
@NamedInterface("framework")
package org.cellpath.platform.framework;

import org.springframework.modulith.NamedInterface;
