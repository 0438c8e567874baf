package org.cellpath.course.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * A published unit in a list, in the reader's language where it is translated.
 *
 * @param id the unit
 * @param version the published version's number
 * @param title the title in {@code language}
 * @param summary the summary in {@code language}
 * @param language the language of title and summary
 * @param originalLanguage the unit's own language
 * @param languages every language the unit reads in, its own first
 * @param eqfLevel EQF level
 * @param learningMinutes learning time
 * @param licence SPDX id or {@code all-rights-reserved}
 * @param deliveryMode how it is delivered
 * @param provider the owning provider
 * @param outcomes the outcomes it addresses
 * @param publishedAt when this version was published
 */
public record UnitCard(long id, int version, String title, String summary, String language, String originalLanguage,
		List<String> languages, int eqfLevel, int learningMinutes, String licence, String deliveryMode,
		ProviderRef provider, List<OutcomeRef> outcomes, Instant publishedAt) {

	/**
	 * A provider as learners see it.
	 *
	 * @param slug its stable name
	 * @param name what it is called
	 * @param regionCode ISO 3166-2 code of its region
	 * @param regionName the region's name
	 */
	public record ProviderRef(String slug, String name, String regionCode, String regionName) {
	}

	/**
	 * An outcome a unit addresses.
	 *
	 * @param id its id
	 * @param code its code
	 * @param statement what a learner can do
	 * @param eqfLevel its EQF level
	 * @param category its skill category
	 */
	public record OutcomeRef(long id, String code, String statement, int eqfLevel, String category) {
	}

}
