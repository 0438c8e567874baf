/**
 * The unit exchange format {@code cellpath-unit/1}: the document as Java records, reading and
 * writing it as JSON (one unit) or a zip (many), and the validation that reports every problem
 * with its JSON pointer before anything is stored.
 */
package org.cellpath.course.exchange;
