package org.cellpath.course.catalogue;

import org.cellpath.platform.framework.SkillCategory;

/**
 * What a catalogue search asks for; every field is optional (null or blank: no filter).
 *
 * @param text free text, found in titles and summaries in every language
 * @param eqfLevel the EQF level, 1 to 8
 * @param language units in (or translated into) this ISO 639-1 language
 * @param category units addressing an outcome of this skill category
 * @param outcome units addressing this outcome (code, or numeric id)
 * @param occupation units addressing an outcome that this occupation (code) requires
 * @param provider units owned or co-owned by this provider (slug)
 * @param region units whose owning provider is in this region (code)
 */
public record CatalogueQuery(String text, Integer eqfLevel, String language, SkillCategory category, String outcome,
		String occupation, String provider, String region) {

	/** No filter at all. */
	public static CatalogueQuery everything() {
		return new CatalogueQuery(null, null, null, null, null, null, null, null);
	}

	static boolean given(String value) {
		return value != null && !value.isBlank();
	}

}
