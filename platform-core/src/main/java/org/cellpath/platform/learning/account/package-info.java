/**
 * The learning account as a learner (or someone they share it with) reads it: every attainment
 * with its evidence, a timeline, the account grouped by skill category and EQF level, and how far
 * it covers each occupation's required outcomes. Read with a few set-based queries, never one
 * per attainment.
 */
@NamedInterface("account")
package org.cellpath.platform.learning.account;

import org.springframework.modulith.NamedInterface;
