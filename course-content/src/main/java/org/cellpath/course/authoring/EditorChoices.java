package org.cellpath.course.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Organisations;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the editor offers to choose from: languages, co-owning providers and the framework's
 * learning outcomes, with a search over the outcomes.
 */
@Component
class EditorChoices {

	/** How many outcomes a search shows at most. */
	static final int FOUND_AT_MOST = 25;

	/** Languages a unit is commonly written in on Cellpath, first those the pages speak. */
	private static final List<String> LANGUAGES = List.of("en", "sv", "fi", "no", "da", "de", "fr", "es", "it", "nl",
			"pl", "pt", "cs", "et", "lv", "lt", "hu", "ro", "sk", "sl", "hr", "bg", "el", "ga", "mt", "uk");

	private final LearningOutcomes outcomes;

	private final Organisations organisations;

	EditorChoices(LearningOutcomes outcomes, Organisations organisations) {
		this.outcomes = outcomes;
		this.organisations = organisations;
	}

	/** A language a unit can be written in, named in the page's language. */
	record LanguageChoice(String code, String name) {
	}

	/** A provider that can co-own a unit. */
	record ProviderChoice(String slug, String name) {
	}

	/** A learning outcome as the editor lists it. */
	record OutcomeChoice(String code, String statement, int eqfLevel) {
	}

	List<LanguageChoice> languages(Locale page, String current) {
		List<String> codes = new ArrayList<>(LANGUAGES);
		if (current != null && !current.isBlank() && !codes.contains(current)) {
			codes.add(0, current);
		}
		return codes.stream().map((code) -> new LanguageChoice(code, named(code, page))).toList();
	}

	static String named(String code, Locale page) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(page);
		if (name.isEmpty() || name.equals(code)) {
			return code;
		}
		return name.substring(0, 1).toUpperCase(page) + name.substring(1) + " (" + code + ")";
	}

	/** Every education provider but the teacher's own. */
	@Transactional(readOnly = true)
	List<ProviderChoice> coProviders(Organisation own) {
		return this.organisations.findByTypeOrderByName(OrganisationType.PROVIDER)
			.stream()
			.filter((provider) -> own == null || !provider.getId().equals(own.getId()))
			.map((provider) -> new ProviderChoice(provider.getSlug(), provider.getName()))
			.toList();
	}

	/** The chosen outcomes, in the order chosen; a code the framework does not know is kept as typed. */
	@Transactional(readOnly = true)
	List<OutcomeChoice> chosen(List<String> codes) {
		Map<String, LearningOutcome> known = new LinkedHashMap<>();
		this.outcomes.findByCodeIn(codes).forEach((outcome) -> known.put(outcome.getCode(), outcome));
		return codes.stream()
			.distinct()
			.map((code) -> {
				LearningOutcome outcome = known.get(code);
				return (outcome != null) ? choice(outcome) : new OutcomeChoice(code, "", 0);
			})
			.toList();
	}

	/**
	 * Outcomes whose code or statement holds every word of the query, those not yet chosen, best
	 * matches (code first) first.
	 */
	@Transactional(readOnly = true)
	List<OutcomeChoice> search(String query, List<String> chosen) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
		return this.outcomes.findAllByOrderByCode()
			.stream()
			.filter((outcome) -> !chosen.contains(outcome.getCode()))
			.filter((outcome) -> {
				String text = (outcome.getCode() + " " + outcome.getStatement()).toLowerCase(Locale.ROOT);
				for (String word : words) {
					if (!text.contains(word)) {
						return false;
					}
				}
				return true;
			})
			.sorted(Comparator.comparing((LearningOutcome outcome) -> !outcome.getCode()
				.toLowerCase(Locale.ROOT)
				.contains(words[0])))
			.limit(FOUND_AT_MOST)
			.map(EditorChoices::choice)
			.toList();
	}

	private static OutcomeChoice choice(LearningOutcome outcome) {
		return new OutcomeChoice(outcome.getCode(), outcome.getStatement(), outcome.getEqfLevel());
	}

}
