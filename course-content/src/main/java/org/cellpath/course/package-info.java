/**
 * Course content: versioned micro-learning units with their assessments, the authoring workflow,
 * the catalogue, pathways, placement checks, the education map and the gap analysis. Depends on
 * the platform core only; its features arrive with the course-content work.
 */
package org.cellpath.course;
