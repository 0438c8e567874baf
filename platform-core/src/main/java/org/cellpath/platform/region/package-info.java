/**
 * The region coordinator's overview of their region: what employers there need per occupation,
 * the education providers of the region, and the learning outcomes each occupation requires. It
 * is the first part of the gap analysis; which provider teaches which outcome comes with units
 * and pathways.
 */
package org.cellpath.platform.region;
