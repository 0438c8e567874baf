/**
 * Taking a unit: its content part by part with the position remembered, its assessment as a form
 * that works without JavaScript and never carries the answers, and the result of each attempt.
 */
package org.cellpath.course.learning;
