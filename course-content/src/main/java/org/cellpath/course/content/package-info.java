/** Rendering what authors write for learners to read, safely. */
package org.cellpath.course.content;
