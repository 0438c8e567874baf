package org.cellpath.course.catalogue;

import java.util.Locale;

/**
 * A language as a page lists it: its ISO 639-1 code and its name in the reader's language
 * (Java knows the names of the languages in Swedish and Finnish too).
 */
record LanguageName(String code, String name) {

	static LanguageName of(String code, Locale reader) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
		if (name.isEmpty() || name.equals(code)) {
			return new LanguageName(code, code);
		}
		return new LanguageName(code, name.substring(0, 1).toUpperCase(reader) + name.substring(1));
	}

}
