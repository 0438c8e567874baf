package org.cellpath.platform.web;

import java.util.List;
import java.util.Locale;

/** The languages Cellpath's pages speak. */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale SWEDISH = Locale.forLanguageTag("sv");

	public static final Locale FINNISH = Locale.forLanguageTag("fi");

	public static final List<Locale> SUPPORTED = List.of(ENGLISH, SWEDISH, FINNISH);

	private Languages() {
	}

	/** The supported language for a requested one, or null when Cellpath does not speak it. */
	public static Locale supported(Locale requested) {
		if (requested == null) {
			return null;
		}
		return SUPPORTED.stream()
			.filter((locale) -> locale.getLanguage().equals(requested.getLanguage()))
			.findFirst()
			.orElse(null);
	}

}
