package org.cellpath.platform.framework;

import java.util.regex.Pattern;

/** What ESCO concept URIs look like. */
public final class EscoUris {

	/** A skill: a UUID, or a code of the skills hierarchy such as S1.2. */
	public static final String SKILL = "^http://data\\.europa\\.eu/esco/skill/([0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}|[A-Z][0-9]+(\\.[0-9]+)*)$";

	/** An occupation: a UUID. */
	public static final String OCCUPATION = "^http://data\\.europa\\.eu/esco/occupation/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$";

	private static final Pattern SKILL_PATTERN = Pattern.compile(SKILL);

	private EscoUris() {
	}

	public static boolean isSkill(String uri) {
		return uri != null && SKILL_PATTERN.matcher(uri).matches();
	}

}
