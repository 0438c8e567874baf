package org.cellpath.course.catalogue;

import java.util.Map;

/** Where the licences a unit may carry are published; the pages name them from the bundles. */
final class Licences {

	private static final Map<String, String> DEEDS = Map.of("CC-BY-SA-4.0",
			"https://creativecommons.org/licenses/by-sa/4.0/", "CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/",
			"CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/");

	private Licences() {
	}

	/** The licence's public text, or null for a licence without one (all rights reserved). */
	static String url(String licence) {
		return DEEDS.get(licence);
	}

}
