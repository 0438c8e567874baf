package org.cellpath.course.exchange;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One unit in the exchange format {@code cellpath-unit/1}, answers included. Instances that
 * {@link UnitFormat} hands out have passed {@link UnitValidator}; a stored document is normalised:
 * licence, delivery mode and provider are always present and outcomes are named by code.
 *
 * @param format always {@link #FORMAT}
 * @param title 3 to 200 characters
 * @param language ISO 639-1, lower case
 * @param summary 10 to 2000 characters
 * @param learningMinutes 1 to 600
 * @param eqfLevel 1 to 8
 * @param licence one of {@link #LICENCES}
 * @param deliveryMode one of {@link #DELIVERY_MODES}
 * @param credits optional credit points
 * @param provider slug of the owning provider
 * @param coProviders slugs of co-owning providers
 * @param outcomes codes of the learning outcomes the unit addresses
 * @param content the content blocks, in order
 * @param assessment the assessment with its answers
 * @param translations translations keyed by language, never the unit's own
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record UnitDocument(String format, String title, String language, String summary, int learningMinutes,
		int eqfLevel, String licence, String deliveryMode, Credits credits, String provider, List<String> coProviders,
		List<String> outcomes, List<ContentBlock> content, Assessment assessment,
		Map<String, Translation> translations) {

	public static final String FORMAT = "cellpath-unit/1";

	public static final String DEFAULT_LICENCE = "CC-BY-SA-4.0";

	public static final List<String> LICENCES = List.of("CC-BY-SA-4.0", "CC-BY-4.0", "CC0-1.0", "all-rights-reserved");

	public static final String DEFAULT_DELIVERY_MODE = "asynchronous";

	public static final List<String> DELIVERY_MODES = List.of("asynchronous", "synchronous", "blended", "work-based");

	public UnitDocument {
		coProviders = (coProviders != null) ? List.copyOf(coProviders) : List.of();
		outcomes = (outcomes != null) ? List.copyOf(outcomes) : List.of();
		content = (content != null) ? List.copyOf(content) : List.of();
		translations = (translations != null) ? Map.copyOf(translations) : Map.of();
	}

	/** The same document with another owning provider, co-providers and outcome codes. */
	public UnitDocument withOwnersAndOutcomes(String provider, List<String> coProviders, List<String> outcomes) {
		return new UnitDocument(this.format, this.title, this.language, this.summary, this.learningMinutes,
				this.eqfLevel, this.licence, this.deliveryMode, this.credits, provider, coProviders, outcomes,
				this.content, this.assessment, this.translations);
	}

	/** The translation into a language, or null when the unit has none in it. */
	public Translation translation(String language) {
		return (language != null) ? this.translations.get(language) : null;
	}

	/**
	 * Credit points for the unit.
	 *
	 * @param system {@code ECTS} or {@code ECVET}
	 * @param points more than 0
	 */
	public record Credits(String system, double points) {
	}

	/**
	 * The translation of a unit into one language; its answers are the original's.
	 *
	 * @param title the translated title
	 * @param summary the translated summary
	 * @param content translated content that replaces the original's, when present
	 * @param items translated texts of assessment items, keyed by item key
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Translation(String title, String summary, List<ContentBlock> content,
			Map<String, ItemTranslation> items) {

		public Translation {
			content = (content != null) ? List.copyOf(content) : List.of();
			items = (items != null) ? Map.copyOf(items) : Map.of();
		}

	}

	/**
	 * The translated texts of one item; the lists have the lengths of the original's.
	 *
	 * @param prompt the question
	 * @param options choices of a single- or multiple-choice item
	 * @param left left column of a matching item
	 * @param right right column of a matching item
	 * @param items the things to order of an ordering item
	 * @param feedback feedback after submission
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record ItemTranslation(String prompt, List<String> options, List<String> left, List<String> right,
			List<String> items, Feedback feedback) {
	}

	/**
	 * What a learner reads about an item after submitting.
	 *
	 * @param correct shown when the answer was right
	 * @param incorrect shown when it was not (fully) right
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Feedback(String correct, String incorrect) {
	}

}
