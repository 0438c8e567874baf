/**
 * Demo data for trying Cellpath out: the four regions, providers and employers, the framework of
 * outcomes and occupations, one user per role, and the published demo units (exchange-format
 * files under {@code demo/units}, imported by a teacher of each unit's provider). Loaded with the
 * {@code demo} profile; loading it again changes nothing.
 */
package org.cellpath.demo;
