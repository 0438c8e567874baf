/**
 * The teacher's authoring pages: my units, the unit editor with live preview, translations,
 * review and publishing, import and export, and the provider's review policy. The pages map
 * what a teacher types onto the unit exchange document and leave every rule to the course
 * services, showing each problem they report next to the field it points at.
 */
package org.cellpath.course.authoring;
