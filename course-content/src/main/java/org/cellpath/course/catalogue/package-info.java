/**
 * The catalogue pages: every published unit, searchable and filterable by anyone, signed in or
 * not, and the page that tells a learner what a unit offers before they start it.
 */
package org.cellpath.course.catalogue;
