package org.cellpath.course.attempt;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.cellpath.course.exchange.Item;

/**
 * Scores one learner answer for one item, 0 to 1, as the exchange format defines it. A learner's
 * answer has the shape of the item's answer; an answer of another shape (wrong JSON type, index
 * out of range, an index twice) is malformed and scores 0, and a missing answer scores 0. It
 * never throws on what a learner sends.
 */
public final class Scoring {

	private Scoring() {
	}

	/**
	 * The score of an answer.
	 * @param item the item with its right answer
	 * @param given the learner's answer; null or missing when they gave none
	 */
	public static ItemScore score(Item item, JsonNode given) {
		if (given == null || given.isMissingNode() || given.isNull()) {
			return new ItemScore(0, false, true, null);
		}
		if (item instanceof Item.SingleChoice choice) {
			return singleChoice(choice, given);
		}
		if (item instanceof Item.MultipleChoice choice) {
			return multipleChoice(choice, given);
		}
		if (item instanceof Item.Matching matching) {
			return matching(matching, given);
		}
		if (item instanceof Item.Ordering ordering) {
			return ordering(ordering, given);
		}
		return numeric((Item.Numeric) item, given);
	}

	/** The mean of the item scores; 0 for none. */
	public static double mean(List<ItemScore> scores) {
		return scores.stream().mapToDouble(ItemScore::score).average().orElse(0);
	}

	private static ItemScore singleChoice(Item.SingleChoice item, JsonNode given) {
		Integer index = index(given, item.options().size());
		if (index == null) {
			return malformed("must be the index of one option, 0 to " + (item.options().size() - 1));
		}
		return scored((index == item.answer()) ? 1 : 0);
	}

	private static ItemScore multipleChoice(Item.MultipleChoice item, JsonNode given) {
		Set<Integer> picks = distinctIndexes(given, item.options().size());
		if (picks == null) {
			return malformed("must be a list of distinct option indexes, 0 to " + (item.options().size() - 1));
		}
		Set<Integer> right = new HashSet<>(item.answer());
		long rightPicks = picks.stream().filter(right::contains).count();
		long wrongPicks = picks.size() - rightPicks;
		return scored(Math.max(0.0, (double) (rightPicks - wrongPicks) / right.size()));
	}

	private static ItemScore matching(Item.Matching item, JsonNode given) {
		if (!given.isObject()) {
			return malformed("must be an object mapping left indexes to right indexes");
		}
		int matched = 0;
		for (Map.Entry<String, JsonNode> pair : given.properties()) {
			Integer left = parseIndex(pair.getKey(), item.left().size());
			Integer right = index(pair.getValue(), item.right().size());
			if (left == null || right == null) {
				return malformed("must map left indexes 0 to " + (item.left().size() - 1) + " to right indexes 0 to "
						+ (item.right().size() - 1));
			}
			if (right.equals(item.answer().get(left))) {
				matched++;
			}
		}
		return scored((double) matched / item.left().size());
	}

	private static ItemScore ordering(Item.Ordering item, JsonNode given) {
		int size = item.items().size();
		Set<Integer> indexes = distinctIndexes(given, size);
		if (indexes == null || indexes.size() != size) {
			return malformed("must list every item index, 0 to " + (size - 1) + ", once");
		}
		int right = 0;
		for (int i = 0; i < size; i++) {
			if (given.get(i).intValue() == item.answer().get(i)) {
				right++;
			}
		}
		return scored((double) right / size);
	}

	private static ItemScore numeric(Item.Numeric item, JsonNode given) {
		if (!given.isNumber() || !Double.isFinite(given.doubleValue())) {
			return malformed("must be a number");
		}
		// Decimal arithmetic: 3.6 is within 0.1 of 3.7, which binary doubles would deny.
		BigDecimal difference = given.decimalValue().subtract(BigDecimal.valueOf(item.answer())).abs();
		BigDecimal tolerance = BigDecimal.valueOf((item.tolerance() != null) ? item.tolerance() : 0.0);
		return scored((difference.compareTo(tolerance) <= 0) ? 1 : 0);
	}

	private static Integer index(JsonNode node, int size) {
		if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
			return null;
		}
		int index = node.intValue();
		return (index >= 0 && index < size) ? index : null;
	}

	private static Integer parseIndex(String text, int size) {
		if (!text.matches("0|[1-9][0-9]{0,5}")) {
			return null;
		}
		int index = Integer.parseInt(text);
		return (index < size) ? index : null;
	}

	/** The indexes of a JSON array, or null when it is not an array of distinct indexes in range. */
	private static Set<Integer> distinctIndexes(JsonNode node, int size) {
		if (!node.isArray() || node.size() > size) {
			return null;
		}
		Set<Integer> indexes = new HashSet<>();
		for (JsonNode entry : node) {
			Integer index = index(entry, size);
			if (index == null || !indexes.add(index)) {
				return null;
			}
		}
		return indexes;
	}

	private static ItemScore scored(double score) {
		return new ItemScore(score, false, false, null);
	}

	private static ItemScore malformed(String problem) {
		return new ItemScore(0, true, false, problem);
	}

	/**
	 * The score of one answer.
	 *
	 * @param score 0 to 1
	 * @param malformed whether the answer had the wrong shape
	 * @param missing whether no answer was given
	 * @param problem what was wrong with a malformed answer
	 */
	public record ItemScore(double score, boolean malformed, boolean missing, String problem) {

		public boolean correct() {
			return this.score >= 1.0;
		}

	}

}
