/**
 * Demo data for trying Cellpath out: the four regions, providers and employers, the framework of
 * outcomes and occupations, and one user per role. Loaded with the {@code demo} profile; loading
 * it again changes nothing.
 */
package org.cellpath.demo;
