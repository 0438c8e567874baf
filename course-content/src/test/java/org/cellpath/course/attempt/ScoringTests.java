package org.cellpath.course.attempt;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.cellpath.course.exchange.Item;
import org.cellpath.course.exchange.UnitFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every item type scores 0 to 1 on the server; partial answers score partly, malformed ones 0. */
class ScoringTests {

	static JsonNode json(String json) {
		return UnitFormat.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	static Scoring.ItemScore score(Item item, String answer) {
		return Scoring.score(item, (answer != null) ? json(answer) : null);
	}

	@Nested
	class SingleChoice {

		Item item = new Item.SingleChoice("q1", "Which?", List.of("a", "b", "c"), 1, null, null);

		@Test
		void theRightOptionScoresOne() {
			assertThat(score(this.item, "1").score()).isEqualTo(1.0);
			assertThat(score(this.item, "1").correct()).isTrue();
		}

		@Test
		void anotherOptionScoresZero() {
			assertThat(score(this.item, "0").score()).isZero();
			assertThat(score(this.item, "0").malformed()).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = { "3", "-1", "\"1\"", "[1]", "1.5", "{\"a\":1}", "true", "99999999999" })
		void anIndexOutOfRangeOrOfTheWrongTypeIsMalformedAndScoresZero(String answer) {
			Scoring.ItemScore scored = score(this.item, answer);
			assertThat(scored.score()).isZero();
			assertThat(scored.malformed()).isTrue();
			assertThat(scored.problem()).contains("index");
		}

		@Test
		void aMissingAnswerScoresZeroAndIsNotMalformed() {
			assertThat(score(this.item, null).score()).isZero();
			assertThat(score(this.item, null).missing()).isTrue();
			assertThat(score(this.item, "null").malformed()).isFalse();
		}

	}

	@Nested
	class MultipleChoice {

		Item item = new Item.MultipleChoice("q2", "Which?", List.of("a", "b", "c", "d"), List.of(0, 2), null, null);

		@Test
		void allRightPicksAndNoWrongOneScoreOne() {
			assertThat(score(this.item, "[2, 0]").score()).isEqualTo(1.0);
		}

		@Test
		void halfTheRightPicksScoreHalf() {
			assertThat(score(this.item, "[0]").score()).isEqualTo(0.5);
			assertThat(score(this.item, "[0]").correct()).isFalse();
		}

		@Test
		void aWrongPickCancelsARightOne() {
			assertThat(score(this.item, "[0, 2, 1]").score()).isEqualTo(0.5);
			assertThat(score(this.item, "[0, 1]").score()).isZero();
		}

		@Test
		void moreWrongThanRightPicksScoreZeroNotLess() {
			assertThat(score(this.item, "[1, 3]").score()).isZero();
			assertThat(score(this.item, "[0, 1, 3]").score()).isZero();
			assertThat(score(this.item, "[]").score()).isZero();
		}

		@ParameterizedTest
		@ValueSource(strings = { "[0, 0]", "[4]", "[-1]", "0", "[\"0\"]", "{\"0\": true}", "[0, 1, 2, 3, 0]" })
		void duplicatesOutOfRangeIndexesAndOtherShapesAreMalformed(String answer) {
			assertThat(score(this.item, answer).malformed()).isTrue();
			assertThat(score(this.item, answer).score()).isZero();
		}

	}

	@Nested
	class Matching {

		Item item = new Item.Matching("q3", "Match", List.of("x", "y", "z"), List.of("1", "2", "3", "4"),
				Map.of(0, 1, 1, 2, 2, 0), null, null);

		@Test
		void everyLeftMatchedRightScoresOne() {
			assertThat(score(this.item, "{\"0\": 1, \"1\": 2, \"2\": 0}").score()).isEqualTo(1.0);
		}

		@Test
		void theShareOfRightMatchesIsTheScore() {
			assertThat(score(this.item, "{\"0\": 1, \"1\": 3, \"2\": 3}").score()).isCloseTo(1.0 / 3, within(1e-9));
			assertThat(score(this.item, "{\"0\": 1, \"2\": 0}").score()).as("an unmatched left entry counts as wrong")
				.isCloseTo(2.0 / 3, within(1e-9));
		}

		@ParameterizedTest
		@ValueSource(strings = { "{\"3\": 0}", "{\"0\": 4}", "{\"a\": 1}", "{\"0\": \"1\"}", "[1, 2, 0]", "{\"-1\": 0}",
				"{\"01\": 1}", "1" })
		void unknownEntriesAndOtherShapesAreMalformed(String answer) {
			assertThat(score(this.item, answer).malformed()).isTrue();
			assertThat(score(this.item, answer).score()).isZero();
		}

	}

	@Nested
	class Ordering {

		Item item = new Item.Ordering("q4", "Order", List.of("a", "b", "c", "d"), List.of(2, 0, 1, 3), null, null);

		@Test
		void theRightOrderScoresOne() {
			assertThat(score(this.item, "[2, 0, 1, 3]").score()).isEqualTo(1.0);
		}

		@Test
		void theShareOfPositionsRightIsTheScore() {
			assertThat(score(this.item, "[2, 0, 3, 1]").score()).isEqualTo(0.5);
			assertThat(score(this.item, "[0, 1, 2, 3]").score()).isEqualTo(0.25);
		}

		@ParameterizedTest
		@ValueSource(strings = { "[2, 0, 1]", "[2, 0, 1, 1]", "[2, 0, 1, 4]", "[2, 0, 1, 3, 0]", "\"2013\"", "{}" })
		void anythingButAPermutationOfAllItemsIsMalformed(String answer) {
			assertThat(score(this.item, answer).malformed()).isTrue();
			assertThat(score(this.item, answer).score()).isZero();
		}

	}

	@Nested
	class Numeric {

		Item item = new Item.Numeric("q5", "Voltage?", 3.7, 0.1, "V", null, null);

		@ParameterizedTest
		@ValueSource(strings = { "3.7", "3.6", "3.8", "3.75", "3.65" })
		void anAnswerWithinTheToleranceScoresOne(String answer) {
			assertThat(score(this.item, answer).score()).isEqualTo(1.0);
		}

		@ParameterizedTest
		@ValueSource(strings = { "3.59", "3.81", "-3.7", "0" })
		void anAnswerOutsideTheToleranceScoresZero(String answer) {
			assertThat(score(this.item, answer).score()).isZero();
			assertThat(score(this.item, answer).malformed()).isFalse();
		}

		@Test
		void withoutAToleranceOnlyTheExactValueScores() {
			Item exact = new Item.Numeric("n", "How many?", 4, null, null, null, null);
			assertThat(score(exact, "4").score()).isEqualTo(1.0);
			assertThat(score(exact, "4.0").score()).isEqualTo(1.0);
			assertThat(score(exact, "4.001").score()).isZero();
		}

		@ParameterizedTest
		@ValueSource(strings = { "\"3.7\"", "[3.7]", "true", "{\"value\": 3.7}" })
		void aNumberInAnotherShapeIsMalformed(String answer) {
			assertThat(score(this.item, answer).malformed()).isTrue();
			assertThat(score(this.item, answer).score()).isZero();
		}

	}

	@Test
	void theUnitScoreIsTheMeanOfTheItemScores() {
		assertThat(Scoring.mean(List.of(new Scoring.ItemScore(1, false, false, null),
				new Scoring.ItemScore(0.5, false, false, null), new Scoring.ItemScore(0, true, false, "x"))))
			.isEqualTo(0.5);
	}

}
