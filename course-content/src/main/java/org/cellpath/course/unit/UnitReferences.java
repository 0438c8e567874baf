package org.cellpath.course.unit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.exchange.UnitDocument;
import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.exchange.UnitValidator;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.Organisations;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * Checks a document completely (the format, then what it names: outcomes of the framework,
 * providers) and turns a valid one into its normalised form: provider, licence and delivery mode
 * present, outcomes by code.
 */
@Component
class UnitReferences {

	private final LearningOutcomes outcomes;

	private final Organisations organisations;

	UnitReferences(LearningOutcomes outcomes, Organisations organisations) {
		this.outcomes = outcomes;
		this.organisations = organisations;
	}

	/**
	 * Validates a document and resolves what it names (outcomes, providers), adding every problem
	 * to the list; answers the normalised document, or null when there were problems.
	 */
	Resolved resolve(JsonNode document, User teacher, Unit existing, String prefix,
			List<FieldProblem> problems) {
		int before = problems.size();
		problems.addAll(UnitValidator.problems(document, prefix));
		if (document == null || !document.isObject()) {
			return null;
		}
		Map<String, LearningOutcome> outcomes = resolveOutcomes(document.path("outcomes"), prefix, problems);
		Organisation provider = resolveProvider(document.path("provider"), teacher, existing, prefix, problems);
		List<Organisation> coProviders = resolveCoProviders(document.path("coProviders"), provider, prefix, problems);
		if (provider != null && existing == null && !teaches(teacher, provider, coProviders)) {
			problems.add(problem(prefix, "/provider", "unit.problem.provider.notYours",
					"must be a provider you teach for, or name yours among the co-providers"));
		}
		if (problems.size() > before) {
			return null;
		}
		ObjectNode normal = (ObjectNode) document.deepCopy();
		normal.put("provider", provider.getSlug());
		ArrayNode coSlugs = normal.putArray("coProviders");
		coProviders.forEach((co) -> coSlugs.add(co.getSlug()));
		ArrayNode codes = normal.putArray("outcomes");
		outcomes.values().forEach((outcome) -> codes.add(outcome.getCode()));
		JsonNode normalItems = normal.path("assessment").path("items");
		for (int i = 0; i < normalItems.size(); i++) {
			JsonNode original = document.path("assessment").path("items").get(i);
			if (original.has("outcomes")) {
				ArrayNode itemCodes = ((ObjectNode) normalItems.get(i)).putArray("outcomes");
				original.path("outcomes").forEach((spelled) -> itemCodes.add(outcomes.get(spelled.asString()).getCode()));
			}
		}
		if (!normal.hasNonNull("licence")) {
			normal.put("licence", UnitDocument.DEFAULT_LICENCE);
		}
		if (!normal.hasNonNull("deliveryMode")) {
			normal.put("deliveryMode", UnitDocument.DEFAULT_DELIVERY_MODE);
		}
		return new Resolved(UnitFormat.toDocument(normal), provider, coProviders, List.copyOf(outcomes.values()));
	}

	private static boolean teaches(User teacher, Organisation provider, List<Organisation> coProviders) {
		Organisation own = teacher.getOrganisation();
		return own != null && (own.getId().equals(provider.getId())
				|| coProviders.stream().anyMatch((co) -> co.getId().equals(own.getId())));
	}

	/** The outcomes by their spelling in the document, in the document's order. */
	private Map<String, LearningOutcome> resolveOutcomes(JsonNode list, String prefix, List<FieldProblem> problems) {
		Map<String, LearningOutcome> resolved = new LinkedHashMap<>();
		if (!list.isArray()) {
			return resolved;
		}
		for (int i = 0; i < list.size(); i++) {
			JsonNode entry = list.get(i);
			Optional<LearningOutcome> outcome = Optional.empty();
			if (entry.isIntegralNumber() && entry.canConvertToLong()) {
				outcome = this.outcomes.findById(entry.longValue());
			}
			else if (entry.isString()) {
				outcome = this.outcomes.findByCode(entry.stringValue());
			}
			else {
				continue;
			}
			if (outcome.isPresent()) {
				resolved.put(entry.asString(), outcome.get());
			}
			else {
				problems.add(problem(prefix, "/outcomes/" + i, "unit.problem.outcome.unknown",
						"names no learning outcome of the framework: " + entry.asString()));
			}
		}
		Set<Long> seen = new HashSet<>();
		for (LearningOutcome outcome : resolved.values()) {
			if (!seen.add(outcome.getId())) {
				problems.add(problem(prefix, "/outcomes", "unit.problem.outcome.twice",
						"names outcome " + outcome.getCode() + " twice (by code and by id)"));
			}
		}
		return resolved;
	}

	private Organisation resolveProvider(JsonNode slug, User teacher, Unit existing, String prefix,
			List<FieldProblem> problems) {
		if (existing != null) {
			if (slug.isString() && !slug.stringValue().equals(existing.getProvider().getSlug())) {
				problems.add(problem(prefix, "/provider", "unit.problem.provider.fixed",
						"must stay " + existing.getProvider().getSlug() + ": the owning provider of a unit does not change"));
			}
			return existing.getProvider();
		}
		if (slug.isString()) {
			Optional<Organisation> provider = this.organisations.findBySlug(slug.stringValue())
				.filter(Organisation::isProvider);
			if (provider.isEmpty()) {
				problems.add(problem(prefix, "/provider", "unit.problem.provider.unknown",
						"names no education provider: " + slug.stringValue()));
			}
			return provider.orElse(null);
		}
		if (slug.isMissingNode() || slug.isNull()) {
			Organisation own = (teacher.getOrganisation() != null)
					? this.organisations.findById(teacher.getOrganisation().getId()).orElse(null) : null;
			if (own == null || !own.isProvider()) {
				problems.add(problem(prefix, "/provider", "unit.problem.provider.required",
						"is required: you do not belong to an education provider"));
				return null;
			}
			return own;
		}
		return null;
	}

	private List<Organisation> resolveCoProviders(JsonNode slugs, Organisation provider, String prefix,
			List<FieldProblem> problems) {
		List<Organisation> found = new ArrayList<>();
		if (!slugs.isArray()) {
			return found;
		}
		for (int i = 0; i < slugs.size(); i++) {
			JsonNode slug = slugs.get(i);
			if (!slug.isString()) {
				continue;
			}
			Optional<Organisation> co = this.organisations.findBySlug(slug.stringValue()).filter(Organisation::isProvider);
			if (co.isEmpty()) {
				problems.add(problem(prefix, "/coProviders/" + i, "unit.problem.provider.unknown",
						"names no education provider: " + slug.stringValue()));
			}
			else if (provider != null && co.get().getId().equals(provider.getId())) {
				problems.add(problem(prefix, "/coProviders/" + i, "unit.problem.provider.owner",
						"is the owning provider; co-providers are the others"));
			}
			else {
				found.add(co.get());
			}
		}
		return found;
	}

	private static FieldProblem problem(String prefix, String pointer, String code, String message) {
		return new FieldProblem(prefix + pointer, code, message);
	}

	record Resolved(UnitDocument document, Organisation provider, List<Organisation> coProviders,
			List<LearningOutcome> outcomes) {
	}

}
