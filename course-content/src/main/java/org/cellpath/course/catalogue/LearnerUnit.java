package org.cellpath.course.catalogue;

import java.time.Instant;
import java.util.List;

import org.cellpath.course.catalogue.UnitCard.OutcomeRef;
import org.cellpath.course.catalogue.UnitCard.ProviderRef;
import org.cellpath.course.exchange.UnitDocument.Credits;

/**
 * A published unit as a learner takes it, in their language where it is translated: content and
 * assessment items WITHOUT answers or feedback, which reach the learner only after submitting.
 *
 * @param id the unit
 * @param version the published version's number
 * @param title the title in {@code language}
 * @param summary the summary in {@code language}
 * @param language the language this view is in
 * @param originalLanguage the unit's own language
 * @param languages every language the unit reads in, its own first
 * @param eqfLevel EQF level
 * @param learningMinutes learning time
 * @param licence SPDX id or {@code all-rights-reserved}
 * @param deliveryMode how it is delivered
 * @param credits credit points, or null
 * @param provider the owning provider
 * @param coProviders co-owning providers
 * @param outcomes the outcomes it addresses
 * @param content the content blocks, in order
 * @param assessment the assessment without answers
 * @param publishedAt when this version was published
 */
public record LearnerUnit(long id, int version, String title, String summary, String language,
		String originalLanguage, List<String> languages, int eqfLevel, int learningMinutes, String licence,
		String deliveryMode, Credits credits, ProviderRef provider, List<ProviderRef> coProviders,
		List<OutcomeRef> outcomes, List<Block> content, Assessment assessment, Instant publishedAt) {

	/**
	 * One content block. Fields that do not apply to the type are null.
	 *
	 * @param index its position, from 0 (progress counts by it)
	 * @param type text, image, video, link or attachment
	 * @param html the text block's Markdown rendered to safe HTML
	 * @param url the image's, video's or link's address
	 * @param alt the image's alternative text
	 * @param caption the caption of a video, link or attachment
	 * @param fileName the attachment's file name
	 * @param mediaType the attachment's media type
	 * @param href where the attachment is downloaded
	 */
	public record Block(int index, String type, String html, String url, String alt, String caption, String fileName,
			String mediaType, String href) {
	}

	/**
	 * The assessment as a learner sees it before submitting.
	 *
	 * @param passScore the share of the maximum score needed to pass
	 * @param maxAttempts attempts per learner, or null for unlimited
	 * @param items the items without answers
	 */
	public record Assessment(double passScore, Integer maxAttempts, List<Question> items) {
	}

	/**
	 * An item without its answer or feedback. Lists that do not apply to the type are null.
	 *
	 * @param key the item's key; answers are sent keyed by it
	 * @param type single-choice, multiple-choice, matching, ordering or numeric
	 * @param prompt the question
	 * @param options the options of a choice item, answered by index
	 * @param left the left column of a matching item
	 * @param right the right column of a matching item; answer {"leftIndex": rightIndex}
	 * @param items the things to order; answer their indexes in the right order
	 * @param unit the unit of measure of a numeric answer
	 */
	public record Question(String key, String type, String prompt, List<String> options, List<String> left,
			List<String> right, List<String> items, String unit) {
	}

}
