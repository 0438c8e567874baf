package org.cellpath.course.catalogue;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.cellpath.course.attempt.ProgressView;
import org.cellpath.course.attempt.UnitAttempts;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.framework.Occupations;
import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.Regions;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.Languages;
import org.cellpath.platform.web.PageView;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue of published units and the page about one unit, open to everyone. */
@Controller
class CatalogueController {

	static final int PAGE_SIZE = 10;

	private final Catalogue catalogue;

	private final UnitAttempts attempts;

	private final LearningOutcomes outcomes;

	private final Occupations occupations;

	private final Regions regions;

	CatalogueController(Catalogue catalogue, UnitAttempts attempts, LearningOutcomes outcomes, Occupations occupations,
			Regions regions) {
		this.catalogue = catalogue;
		this.attempts = attempts;
		this.outcomes = outcomes;
		this.occupations = occupations;
		this.regions = regions;
	}

	@GetMapping("/units")
	@Transactional(readOnly = true)
	String catalogue(@ModelAttribute("filter") CatalogueFilter filter, BindingResult filterErrors,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restoring, Locale locale,
			Model model, HttpServletResponse response) {
		boolean sensible = !filterErrors.hasErrors() && filter.isSensible();
		CatalogueFilter applied = sensible ? filter : CatalogueFilter.none();
		PageView<UnitCard> results = this.catalogue.search(applied.query(), applied.sort(), locale.getLanguage(),
				Math.max(page, 0), PAGE_SIZE);
		if (results.items().isEmpty() && results.totalPages() > 0) {
			// A page past the end (an old link, fewer units now): show the last one.
			results = this.catalogue.search(applied.query(), applied.sort(), locale.getLanguage(),
					results.totalPages() - 1, PAGE_SIZE);
		}
		model.addAttribute("filter", applied);
		model.addAttribute("filterInvalid", !sensible);
		model.addAttribute("results", results);
		model.addAttribute("languageNames", languageNames(results, locale));
		model.addAttribute("previousPage", (results.page() > 0) ? applied.href(results.page() - 1) : null);
		model.addAttribute("nextPage", (results.page() + 1 < results.totalPages()) ? applied.href(results.page() + 1) : null);
		// The same address answers htmx with the results alone and a browser with the whole page.
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx != null && restoring == null) {
			return "catalogue/units :: results";
		}
		addChoices(model, locale);
		return "catalogue/units";
	}

	@GetMapping("/units/{id}")
	@Transactional(readOnly = true)
	String unit(@PathVariable long id, @CurrentUser User user, Locale locale, Model model) {
		LearnerUnit unit = this.catalogue.unit(id, locale.getLanguage());
		Optional<ProgressView> progress = (user != null && user.hasRole(Role.LEARNER))
				? this.attempts.progress(id, user) : Optional.empty();
		model.addAttribute("unit", unit);
		model.addAttribute("languages", unit.languages().stream().map((code) -> LanguageName.of(code, locale)).toList());
		model.addAttribute("licenceUrl", Licences.url(unit.licence()));
		model.addAttribute("publishedOn",
				(unit.publishedAt() != null) ? LocalDate.ofInstant(unit.publishedAt(), ZoneOffset.UTC) : null);
		model.addAttribute("progress", progress.orElse(null));
		model.addAttribute("history", (user != null && user.hasRole(Role.LEARNER)) ? this.attempts.history(id, user)
			.stream()
			.map((attempt) -> new PastAttempt(attempt.attemptId(), attempt.version(),
					LocalDate.ofInstant(attempt.submittedAt(), ZoneOffset.UTC), attempt.score(), attempt.passed()))
			.toList() : List.of());
		model.addAttribute("passed", progress.map(ProgressView::passed).orElse(false));
		return "catalogue/unit";
	}

	/** One of the learner's attempts at the unit, as the unit page lists it. */
	record PastAttempt(long id, int version, LocalDate submittedOn, double score, boolean passed) {
	}

	private void addChoices(Model model, Locale locale) {
		Catalogue.Facets facets = this.catalogue.facets();
		// The page's own languages are always offered; any other only when a unit reads in it.
		Set<String> languages = new LinkedHashSet<>();
		Languages.SUPPORTED.forEach((language) -> languages.add(language.getLanguage()));
		languages.addAll(facets.languages());
		model.addAttribute("eqfLevels", Arrays.asList(1, 2, 3, 4, 5, 6, 7, 8));
		model.addAttribute("languages", languages.stream()
			.map((code) -> LanguageName.of(code, locale))
			.sorted(Comparator.comparing(LanguageName::name, Collator.getInstance(locale)))
			.toList());
		model.addAttribute("categories", SkillCategory.values());
		model.addAttribute("outcomes", this.outcomes.findAll(Sort.by("code")));
		model.addAttribute("occupations", this.occupations.findAllByOrderByName());
		model.addAttribute("providers", facets.providers());
		model.addAttribute("regions", this.regions.findAllByOrderByName());
		model.addAttribute("orders", CatalogueOrder.values());
	}

	private static Map<String, String> languageNames(PageView<UnitCard> results, Locale locale) {
		List<String> codes = new ArrayList<>();
		results.items().forEach((card) -> codes.addAll(card.languages()));
		Map<String, String> names = new LinkedHashMap<>();
		codes.forEach((code) -> names.computeIfAbsent(code, (c) -> LanguageName.of(c, locale).name()));
		return names;
	}

}
