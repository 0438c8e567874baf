/**
 * The catalogue of published units for learners and anyone signed out: search and filters, a
 * learner's view of one unit in their language (never with answers or feedback), and which
 * providers offer which outcomes.
 */
package org.cellpath.course.catalogue;
