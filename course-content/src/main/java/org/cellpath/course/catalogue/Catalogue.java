package org.cellpath.course.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.cellpath.course.catalogue.LearnerUnit.Block;
import org.cellpath.course.catalogue.LearnerUnit.Question;
import org.cellpath.course.catalogue.UnitCard.OutcomeRef;
import org.cellpath.course.catalogue.UnitCard.ProviderRef;
import org.cellpath.course.content.SafeMarkdown;
import org.cellpath.course.exchange.ContentBlock;
import org.cellpath.course.exchange.Item;
import org.cellpath.course.exchange.UnitDocument;
import org.cellpath.course.exchange.UnitDocument.ItemTranslation;
import org.cellpath.course.exchange.UnitDocument.Translation;
import org.cellpath.course.NotAllowedException;
import org.cellpath.course.unit.Unit;
import org.cellpath.course.unit.UnitPermissions;
import org.cellpath.course.unit.UnitVersion;
import org.cellpath.course.unit.UnitVersions;
import org.cellpath.course.unit.Units;
import org.cellpath.course.unit.VersionStatus;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.web.NotFoundException;
import org.cellpath.platform.web.PageView;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published units as learners and visitors find and read them. Nothing it returns carries an
 * answer or feedback: those reach a learner only with the result of an attempt.
 */
@Service
public class Catalogue {

	/** A catalogue page holds at most this many units. */
	public static final int MAX_PAGE_SIZE = 100;

	private final UnitVersions versions;

	private final SafeMarkdown markdown;

	private final Units units;

	private final UnitPermissions permissions;

	Catalogue(UnitVersions versions, SafeMarkdown markdown, Units units, UnitPermissions permissions) {
		this.versions = versions;
		this.markdown = markdown;
		this.units = units;
		this.permissions = permissions;
	}

	/**
	 * Published units matching the query, one page of them.
	 * @param query the filters (see {@link CatalogueQuery})
	 * @param order how to sort; null for {@link CatalogueOrder#RELEVANCE}
	 * @param language the reader's language: titles and summaries come in it where translated
	 * @param page the page, from 0
	 * @param size units per page, 1 to {@link #MAX_PAGE_SIZE}
	 */
	@Transactional(readOnly = true)
	public PageView<UnitCard> search(CatalogueQuery query, CatalogueOrder order, String language, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), MAX_PAGE_SIZE));
		return PageView.of(this.versions.findAll(new CatalogueSpecification(query, order), request),
				(version) -> card(version, language));
	}

	/**
	 * The published version of a unit as a learner takes it, in the language where the unit has
	 * it, else in its own language; without answers or feedback.
	 * @throws NotFoundException when the unit does not exist or is not published
	 */
	@Transactional(readOnly = true)
	public LearnerUnit unit(long unitId, String language) {
		return learnerView(published(unitId), language);
	}

	/**
	 * How learners will see the unit's working version (the open one, else the published, else
	 * the latest), for a teacher of an owner to preview; without answers, like {@link #unit}.
	 * Attachment links work only once the version is published.
	 * @throws NotAllowedException unless the teacher may edit the unit
	 */
	@Transactional(readOnly = true)
	public LearnerUnit preview(long unitId, String language, User teacher) {
		Unit unit = this.units.findById(unitId).orElseThrow(() -> new NotFoundException("No unit " + unitId));
		this.permissions.checkEditor(teacher, unit);
		UnitVersion version = this.versions.findFirstByUnitIdAndStatusInOrderByNumberDesc(unitId, VersionStatus.OPEN)
			.or(() -> this.versions.findFirstByUnitIdAndStatusInOrderByNumberDesc(unitId,
					EnumSet.of(VersionStatus.PUBLISHED)))
			.or(() -> this.versions.findByUnitIdOrderByNumberDesc(unitId).stream().findFirst())
			.orElseThrow(() -> new NotFoundException("No unit " + unitId));
		return learnerView(version, language);
	}

	private LearnerUnit learnerView(UnitVersion version, String language) {
		long unitId = version.getUnit().getId();
		UnitDocument document = version.getDocument();
		Translation translation = (language != null && !language.equals(document.language()))
				? document.translation(language) : null;
		String shown = (translation != null) ? language : document.language();
		List<ContentBlock> blocks = (translation != null && !translation.content().isEmpty()) ? translation.content()
				: document.content();
		List<Block> content = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			content.add(block(unitId, i, blocks.get(i), shown));
		}
		Map<String, ItemTranslation> itemTexts = (translation != null) ? translation.items() : Map.of();
		List<Question> questions = document.assessment()
			.items()
			.stream()
			.map((item) -> question(item, itemTexts.get(item.key())))
			.toList();
		Organisation provider = version.getUnit().getProvider();
		return new LearnerUnit(unitId, version.getNumber(), (translation != null) ? translation.title() : document.title(),
				(translation != null) ? translation.summary() : document.summary(), shown, document.language(),
				languages(document), document.eqfLevel(), document.learningMinutes(), document.licence(),
				document.deliveryMode(), document.credits(), provider(provider),
				version.getUnit().getCoProviders().stream().map(Catalogue::provider).toList(),
				outcomes(version.getOutcomes()), content,
				new LearnerUnit.Assessment(document.assessment().passScore(), document.assessment().maxAttempts(),
						questions),
				version.getPublishedAt());
	}

	/**
	 * An attachment of the published version, in the language's content where translated.
	 * @param index the block's index in that content
	 * @throws NotFoundException when there is no such attachment
	 */
	@Transactional(readOnly = true)
	public ContentBlock.Attachment attachment(long unitId, int index, String language) {
		UnitDocument document = published(unitId).getDocument();
		Translation translation = (language != null) ? document.translation(language) : null;
		List<ContentBlock> blocks = (translation != null && !translation.content().isEmpty()) ? translation.content()
				: document.content();
		if (index >= 0 && index < blocks.size() && blocks.get(index) instanceof ContentBlock.Attachment attachment) {
			return attachment;
		}
		throw new NotFoundException("Unit " + unitId + " has no attachment " + index);
	}

	/**
	 * What the catalogue's filters can offer: the languages published units read in and the
	 * providers (with their regions) that publish units, for filter choices on pages.
	 */
	@Transactional(readOnly = true)
	public Facets facets() {
		java.util.TreeSet<String> languages = new java.util.TreeSet<>(this.versions.publishedLanguages());
		languages.addAll(this.versions.publishedTranslationLanguages());
		List<ProviderRef> providers = this.versions.publishingProviders()
			.stream()
			.map(Catalogue::provider)
			.sorted(java.util.Comparator.comparing(ProviderRef::name))
			.toList();
		return new Facets(List.copyOf(languages), providers);
	}

	/**
	 * Filter choices of the catalogue.
	 *
	 * @param languages ISO 639-1 codes, sorted
	 * @param providers providers with a published unit, by name (each with its region)
	 */
	public record Facets(List<String> languages, List<ProviderRef> providers) {
	}

	/** Whether the unit has a published version. */
	@Transactional(readOnly = true)
	public boolean isPublished(long unitId) {
		return this.versions.findFirstByUnitIdAndStatusInOrderByNumberDesc(unitId, EnumSet.of(VersionStatus.PUBLISHED))
			.isPresent();
	}

	private UnitVersion published(long unitId) {
		return this.versions.findFirstByUnitIdAndStatusInOrderByNumberDesc(unitId, EnumSet.of(VersionStatus.PUBLISHED))
			.orElseThrow(() -> new NotFoundException("No published unit " + unitId));
	}

	static UnitCard card(UnitVersion version, String language) {
		boolean translated = language != null && version.getTranslations()
			.stream()
			.anyMatch((t) -> t.getLanguage().equals(language));
		List<String> languages = new ArrayList<>();
		languages.add(version.getLanguage());
		version.getTranslations().forEach((t) -> languages.add(t.getLanguage()));
		return new UnitCard(version.getUnit().getId(), version.getNumber(), version.titleIn(language),
				version.summaryIn(language), translated ? language : version.getLanguage(), version.getLanguage(),
				languages, version.getEqfLevel(), version.getLearningMinutes(), version.getLicence(),
				version.getDeliveryMode(), provider(version.getUnit().getProvider()), outcomes(version.getOutcomes()),
				version.getPublishedAt());
	}

	private static List<String> languages(UnitDocument document) {
		List<String> languages = new ArrayList<>();
		languages.add(document.language());
		document.translations().keySet().stream().sorted().forEach(languages::add);
		return languages;
	}

	static ProviderRef provider(Organisation organisation) {
		return new ProviderRef(organisation.getSlug(), organisation.getName(), organisation.getRegion().getCode(),
				organisation.getRegion().getName());
	}

	static List<OutcomeRef> outcomes(List<LearningOutcome> outcomes) {
		return outcomes.stream()
			.map((o) -> new OutcomeRef(o.getId(), o.getCode(), o.getStatement(), o.getEqfLevel(),
					(o.getCategory() != null) ? o.getCategory().name() : null))
			.toList();
	}

	private Block block(long unitId, int index, ContentBlock block, String language) {
		if (block instanceof ContentBlock.Text text) {
			return new Block(index, "text", this.markdown.render(text.markdown()), null, null, null, null, null, null);
		}
		if (block instanceof ContentBlock.Image image) {
			return new Block(index, "image", null, image.url(), image.alt(), null, null, null, null);
		}
		if (block instanceof ContentBlock.Video video) {
			return new Block(index, "video", null, video.url(), null, video.caption(), null, null, null);
		}
		if (block instanceof ContentBlock.Link link) {
			return new Block(index, "link", null, link.url(), null, link.caption(), null, null, null);
		}
		ContentBlock.Attachment file = (ContentBlock.Attachment) block;
		return new Block(index, "attachment", null, null, null, file.caption(), file.fileName(), file.mediaType(),
				"/api/v1/units/" + unitId + "/attachments/" + index + "?lang=" + language);
	}

	/** The item without answer and feedback, with translated texts where there are. */
	private static Question question(Item item, ItemTranslation texts) {
		String prompt = (texts != null && texts.prompt() != null) ? texts.prompt() : item.prompt();
		if (item instanceof Item.SingleChoice choice) {
			return new Question(item.key(), item.type(), prompt,
					pick((texts != null) ? texts.options() : null, choice.options()), null, null, null, null);
		}
		if (item instanceof Item.MultipleChoice choice) {
			return new Question(item.key(), item.type(), prompt,
					pick((texts != null) ? texts.options() : null, choice.options()), null, null, null, null);
		}
		if (item instanceof Item.Matching matching) {
			return new Question(item.key(), item.type(), prompt, null,
					pick((texts != null) ? texts.left() : null, matching.left()),
					pick((texts != null) ? texts.right() : null, matching.right()), null, null);
		}
		if (item instanceof Item.Ordering ordering) {
			return new Question(item.key(), item.type(), prompt, null, null, null,
					pick((texts != null) ? texts.items() : null, ordering.items()), null);
		}
		return new Question(item.key(), item.type(), prompt, null, null, null, null, ((Item.Numeric) item).unit());
	}

	private static List<String> pick(List<String> translated, List<String> original) {
		return (translated != null && translated.size() == original.size()) ? translated : original;
	}

}
