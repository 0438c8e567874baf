/**
 * Skill demand: how many people employers need for which occupation, in which region and within
 * how many months. Employers state and withdraw their own needs; region coordinators, and later
 * the gap analysis, read the totals per region and occupation.
 */
@NamedInterface("demand")
package org.cellpath.platform.demand;

import org.springframework.modulith.NamedInterface;
