package org.cellpath.platform.framework;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * What a person looks for in the outcomes catalogue; every part is optional.
 *
 * @param q free text in the code or statement
 * @param eqf EQF level
 * @param type outcome type
 * @param category skill category
 * @param skill ESCO skill URI
 */
public record OutcomeFilter(String q, Integer eqf, OutcomeType type, SkillCategory category, String skill) {

	public OutcomeFilter {
		q = (q != null && !q.isBlank()) ? q.trim() : null;
		skill = (skill != null && !skill.isBlank()) ? skill.trim() : null;
	}

	public static OutcomeFilter none() {
		return new OutcomeFilter(null, null, null, null, null);
	}

	Specification<LearningOutcome> specification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.q != null) {
				String like = "%" + this.q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("statement")), like, '\\'),
						cb.like(cb.lower(root.get("code")), like, '\\')));
			}
			if (this.eqf != null) {
				predicates.add(cb.equal(root.get("eqfLevel"), this.eqf));
			}
			if (this.type != null) {
				predicates.add(cb.equal(root.get("type"), this.type));
			}
			if (this.category != null) {
				predicates.add(cb.equal(root.get("category"), this.category));
			}
			if (this.skill != null) {
				Subquery<Long> linked = query.subquery(Long.class);
				var outcome = linked.from(LearningOutcome.class);
				Join<LearningOutcome, Skill> skills = outcome.join("skills");
				linked.select(outcome.get("id")).where(cb.equal(skills.get("uri"), this.skill));
				predicates.add(root.get("id").in(linked));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
