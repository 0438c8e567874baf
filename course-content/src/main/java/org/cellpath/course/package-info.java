/**
 * Course content: versioned micro-learning units with their assessments, the authoring workflow,
 * the catalogue, attempts and progress. Depends on the platform core only. The root holds what
 * the features share: the refusals {@link org.cellpath.course.NotAllowedException} (403) and
 * {@link org.cellpath.course.WorkflowConflictException} (409).
 */
package org.cellpath.course;
