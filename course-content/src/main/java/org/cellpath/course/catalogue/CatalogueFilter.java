package org.cellpath.course.catalogue;

import org.cellpath.platform.framework.SkillCategory;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor asks the catalogue page for, as the search form sends it; every part is
 * optional. The form calls the language {@code language} because {@code lang} switches the
 * language of the page itself.
 *
 * @param q free text
 * @param eqf EQF level
 * @param language ISO 639-1 code of the unit's language
 * @param category skill category of an outcome
 * @param outcome outcome code
 * @param occupation occupation code
 * @param provider provider slug
 * @param region region code
 * @param sort the order of the results
 */
record CatalogueFilter(String q, Integer eqf, String language, SkillCategory category, String outcome,
		String occupation, String provider, String region, CatalogueOrder sort) {

	CatalogueFilter {
		q = given(q) ? q.trim() : null;
		language = given(language) ? language.trim() : null;
		outcome = given(outcome) ? outcome.trim() : null;
		occupation = given(occupation) ? occupation.trim() : null;
		provider = given(provider) ? provider.trim() : null;
		region = given(region) ? region.trim() : null;
		sort = (sort != null) ? sort : CatalogueOrder.RELEVANCE;
	}

	static CatalogueFilter none() {
		return new CatalogueFilter(null, null, null, null, null, null, null, null, null);
	}

	/** Whether the values make sense at all; a level of 12 or a language "english" do not. */
	boolean isSensible() {
		return (this.eqf == null || (this.eqf >= 1 && this.eqf <= 8))
				&& (this.language == null || this.language.matches("[a-z]{2}"))
				&& (this.q == null || this.q.length() <= 200);
	}

	CatalogueQuery query() {
		return new CatalogueQuery(this.q, this.eqf, this.language, this.category, this.outcome, this.occupation,
				this.provider, this.region);
	}

	/** The address of a page of the results of this search. */
	String href(int page) {
		UriComponentsBuilder href = UriComponentsBuilder.fromPath("/units");
		add(href, "q", this.q);
		add(href, "eqf", this.eqf);
		add(href, "language", this.language);
		add(href, "category", this.category);
		add(href, "outcome", this.outcome);
		add(href, "occupation", this.occupation);
		add(href, "provider", this.provider);
		add(href, "region", this.region);
		if (this.sort != CatalogueOrder.RELEVANCE) {
			href.queryParam("sort", this.sort);
		}
		return href.queryParam("page", page).encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder href, String name, Object value) {
		if (value != null) {
			href.queryParam(name, value);
		}
	}

	private static boolean given(String value) {
		return value != null && !value.isBlank();
	}

}
