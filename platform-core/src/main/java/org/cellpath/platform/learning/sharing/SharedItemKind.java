package org.cellpath.platform.learning.sharing;

/** What an item of a share link points to. */
public enum SharedItemKind {

	/** An attainment of the learner's learning account. */
	ATTAINMENT

}
