package org.cellpath.course.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.cellpath.course.unit.Unit;
import org.cellpath.course.unit.UnitVersion;
import org.cellpath.course.unit.VersionStatus;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.identity.Organisation;

import org.springframework.data.jpa.domain.Specification;

import static org.cellpath.course.catalogue.CatalogueQuery.given;

/** The catalogue's query on published versions, with its filters and order. */
final class CatalogueSpecification implements Specification<UnitVersion> {

	private final CatalogueQuery query;

	private final CatalogueOrder order;

	CatalogueSpecification(CatalogueQuery query, CatalogueOrder order) {
		this.query = query;
		this.order = (order != null) ? order : CatalogueOrder.RELEVANCE;
	}

	@Override
	public Predicate toPredicate(Root<UnitVersion> v, CriteriaQuery<?> cq, CriteriaBuilder cb) {
		List<Predicate> where = new ArrayList<>();
		where.add(cb.equal(v.get("status"), VersionStatus.PUBLISHED));
		String pattern = given(this.query.text()) ? like(this.query.text()) : null;
		if (pattern != null) {
			Subquery<Integer> translated = cq.subquery(Integer.class);
			Root<UnitVersion> w = translated.from(UnitVersion.class);
			Join<Object, Object> t = w.join("translations");
			translated.select(cb.literal(1))
				.where(cb.equal(w, v), cb.or(cb.like(cb.lower(t.get("title")), pattern, '!'),
						cb.like(cb.lower(t.get("summary")), pattern, '!')));
			where.add(cb.or(cb.like(cb.lower(v.get("title")), pattern, '!'),
					cb.like(cb.lower(v.get("summary")), pattern, '!'), cb.exists(translated)));
		}
		if (this.query.eqfLevel() != null) {
			where.add(cb.equal(v.get("eqfLevel"), this.query.eqfLevel()));
		}
		if (given(this.query.language())) {
			String language = this.query.language().strip().toLowerCase(Locale.ROOT);
			Subquery<Integer> translated = cq.subquery(Integer.class);
			Root<UnitVersion> w = translated.from(UnitVersion.class);
			Join<Object, Object> t = w.join("translations");
			translated.select(cb.literal(1)).where(cb.equal(w, v), cb.equal(t.get("language"), language));
			where.add(cb.or(cb.equal(v.get("language"), language), cb.exists(translated)));
		}
		if (this.query.category() != null) {
			where.add(cb.exists(addressing(v, cq, cb, (o) -> cb.equal(o.get("category"), this.query.category()))));
		}
		if (given(this.query.outcome())) {
			String outcome = this.query.outcome().strip();
			where.add(cb.exists(addressing(v, cq, cb, (o) -> outcome.matches("[0-9]{1,18}")
					? cb.or(cb.equal(o.get("code"), outcome), cb.equal(o.get("id"), Long.parseLong(outcome)))
					: cb.equal(o.get("code"), outcome))));
		}
		if (given(this.query.occupation())) {
			where.add(cb.exists(addressing(v, cq, cb, (o) -> {
				Subquery<Integer> required = cq.subquery(Integer.class);
				Root<Occupation> occupation = required.from(Occupation.class);
				Join<Occupation, LearningOutcome> r = occupation.join("requiredOutcomes");
				required.select(cb.literal(1))
					.where(cb.equal(occupation.get("code"), this.query.occupation().strip()), cb.equal(r, o));
				return cb.exists(required);
			})));
		}
		if (given(this.query.provider())) {
			String slug = this.query.provider().strip();
			Subquery<Integer> coOwned = cq.subquery(Integer.class);
			Root<Unit> u = coOwned.from(Unit.class);
			Join<Unit, Organisation> co = u.join("coProviders");
			coOwned.select(cb.literal(1)).where(cb.equal(u, v.get("unit")), cb.equal(co.get("slug"), slug));
			where.add(cb.or(cb.equal(v.get("unit").get("provider").get("slug"), slug), cb.exists(coOwned)));
		}
		if (given(this.query.region())) {
			where.add(cb.equal(v.get("unit").get("provider").get("region").get("code"), this.query.region().strip()));
		}
		if (!Long.class.equals(cq.getResultType()) && !long.class.equals(cq.getResultType())) {
			cq.orderBy(order(v, cb, pattern));
		}
		return cb.and(where.toArray(Predicate[]::new));
	}

	private List<Order> order(Root<UnitVersion> v, CriteriaBuilder cb, String pattern) {
		Expression<String> title = cb.lower(v.get("title"));
		return switch (this.order) {
			case TITLE -> List.of(cb.asc(title), cb.asc(v.get("id")));
			case NEWEST -> List.of(cb.desc(v.get("publishedAt")), cb.asc(v.get("id")));
			case EQF_LEVEL -> List.of(cb.asc(v.get("eqfLevel")), cb.asc(title), cb.asc(v.get("id")));
			case RELEVANCE -> (pattern != null)
					? List.of(cb.asc(cb.selectCase().when(cb.like(title, pattern, '!'), 0).otherwise(1)), cb.asc(title),
							cb.asc(v.get("id")))
					: List.of(cb.asc(title), cb.asc(v.get("id")));
		};
	}

	private static Subquery<Integer> addressing(Root<UnitVersion> v, CriteriaQuery<?> cq, CriteriaBuilder cb,
			java.util.function.Function<Join<UnitVersion, LearningOutcome>, Predicate> condition) {
		Subquery<Integer> addressed = cq.subquery(Integer.class);
		Root<UnitVersion> w = addressed.from(UnitVersion.class);
		Join<UnitVersion, LearningOutcome> o = w.join("outcomes");
		addressed.select(cb.literal(1)).where(cb.equal(w, v), condition.apply(o));
		return addressed;
	}

	private static String like(String text) {
		String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return "%" + escaped + "%";
	}

}
