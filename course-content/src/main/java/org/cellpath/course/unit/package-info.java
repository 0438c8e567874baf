/**
 * Units and their versions, and the authoring workflow: drafts, review, publishing, retiring,
 * import and export. {@link org.cellpath.course.unit.UnitAuthoring} is the entry point; a
 * published version never changes.
 */
package org.cellpath.course.unit;
