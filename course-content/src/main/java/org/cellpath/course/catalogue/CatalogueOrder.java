package org.cellpath.course.catalogue;

/** How the catalogue sorts what it found. */
public enum CatalogueOrder {

	/** Units whose title matches the free text first, then by title (by title alone without text). */
	RELEVANCE,

	/** By title, A to Z. */
	TITLE,

	/** The most recently published first. */
	NEWEST,

	/** By EQF level, lowest first, then by title. */
	EQF_LEVEL

}
