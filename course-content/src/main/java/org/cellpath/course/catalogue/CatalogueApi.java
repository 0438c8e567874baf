package org.cellpath.course.catalogue;

import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.cellpath.course.exchange.ContentBlock;
import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.web.PageView;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue: published units, never with answers or feedback. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Catalogue", description = "Published units for learners and anyone signed out")
class CatalogueApi {

	/** Media types a browser could run if served inline; they are downloaded as plain bytes. */
	private static final Set<String> ACTIVE = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
			"text/xml", "application/xml", "text/javascript", "application/javascript");

	private final Catalogue catalogue;

	CatalogueApi(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "Published units, filtered, sorted and paged",
			description = "Titles and summaries come in lang (else the request's language) where translated.")
	PageView<UnitCard> units(@Parameter(description = "free text in titles and summaries") @RequestParam(required = false) String q,
			@RequestParam(required = false) @Min(1) @Max(8) Integer eqf,
			@Parameter(description = "ISO 639-1: units in or translated into it") @RequestParam(required = false) String lang,
			@RequestParam(required = false) SkillCategory category,
			@Parameter(description = "outcome code or id") @RequestParam(required = false) String outcome,
			@Parameter(description = "occupation code") @RequestParam(required = false) String occupation,
			@Parameter(description = "provider slug") @RequestParam(required = false) String provider,
			@Parameter(description = "region code") @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "RELEVANCE") CatalogueOrder sort,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(Catalogue.MAX_PAGE_SIZE) int size, Locale locale) {
		CatalogueQuery query = new CatalogueQuery(q, eqf, lang, category, outcome, occupation, provider, region);
		return this.catalogue.search(query, sort, language(lang, locale), page, size);
	}

	@GetMapping("/facets")
	@Operation(summary = "Filter choices: the languages of published units and the providers that publish them")
	Catalogue.Facets facets() {
		return this.catalogue.facets();
	}

	@GetMapping("/{id:[0-9]+}")
	@Operation(summary = "A published unit in lang (else the request's language) where translated, else its own; "
			+ "its assessment without answers or feedback")
	LearnerUnit unit(@PathVariable long id, @RequestParam(required = false) String lang, Locale locale) {
		return this.catalogue.unit(id, language(lang, locale));
	}

	@GetMapping("/{id:[0-9]+}/attachments/{index}")
	@Operation(summary = "Download an attachment of a published unit")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable int index,
			@RequestParam(required = false) String lang, Locale locale) {
		ContentBlock.Attachment attachment = this.catalogue.attachment(id, index, language(lang, locale));
		MediaType type = MediaType.parseMediaType(attachment.mediaType());
		if (ACTIVE.contains(type.getType() + "/" + type.getSubtype())) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(attachment.bytes());
	}

	private static String language(String lang, Locale locale) {
		if (lang != null && lang.matches("[a-zA-Z]{2}")) {
			return lang.toLowerCase(Locale.ROOT);
		}
		return (locale != null && !locale.getLanguage().isEmpty()) ? locale.getLanguage() : null;
	}

}
