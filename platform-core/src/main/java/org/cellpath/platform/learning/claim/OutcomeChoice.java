package org.cellpath.platform.learning.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.LearningOutcomes;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds outcomes of the framework for a learner to claim or a teacher to record. */
@Component
class OutcomeChoice {

	static final int RESULTS = 30;

	private final LearningOutcomes outcomes;

	OutcomeChoice(LearningOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	/** Outcomes whose code or statement contains the words, by EQF level and code. */
	@Transactional(readOnly = true)
	List<Option> search(String query) {
		String q = (query != null) ? query.trim().toLowerCase(Locale.ROOT) : "";
		Specification<LearningOutcome> matching = (root, criteria, cb) -> {
			List<Predicate> words = new ArrayList<>();
			for (String word : q.split("\\s+")) {
				if (!word.isEmpty()) {
					String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
					words.add(cb.or(cb.like(cb.lower(root.get("statement")), like, '\\'),
							cb.like(cb.lower(root.get("code")), like, '\\')));
				}
			}
			return cb.and(words.toArray(Predicate[]::new));
		};
		return this.outcomes.findAll(matching, PageRequest.of(0, RESULTS, Sort.by("eqfLevel", "code")))
			.map(Option::of)
			.getContent();
	}

	/** The outcomes with the codes that exist, by code. */
	@Transactional(readOnly = true)
	List<Option> withCodes(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.outcomes.findByCodeIn(codes).stream().map(Option::of).sorted(java.util.Comparator.comparing(Option::code)).toList();
	}

	/** Every outcome, by code. */
	@Transactional(readOnly = true)
	List<Option> all() {
		return this.outcomes.findAllByOrderByCode().stream().map(Option::of).toList();
	}

	record Option(long id, String code, String statement, int eqfLevel) {

		static Option of(LearningOutcome outcome) {
			return new Option(outcome.getId(), outcome.getCode(), outcome.getStatement(), outcome.getEqfLevel());
		}

	}

}
