package org.cellpath.course.learning;

import java.util.List;
import java.util.Map;

import org.cellpath.course.learning.AnswerSheet.Shape;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The assessment form's fields become answers of the exchange format's shapes. */
class AnswerSheetTests {

	private static final List<Shape> ITEMS = List.of(new Shape("q1", "single-choice", 0),
			new Shape("q2", "multiple-choice", 0), new Shape("q3", "matching", 2), new Shape("q4", "ordering", 3),
			new Shape("q5", "numeric", 0));

	@Test
	void everyItemTypeIsReadIntoTheShapeOfItsAnswer() {
		AnswerSheet sheet = AnswerSheet.read(ITEMS, form("answer.q1", "1", "answer.q2", "0", "answer.q2", "2",
				"answer.q3.0", "1", "answer.q3.1", "2", "answer.q4.0", "2", "answer.q4.1", "3", "answer.q4.2", "1",
				"answer.q5", "3,7", "_csrf", "token"));
		assertThat(sheet.hasProblems()).isFalse();
		assertThat(sheet.answers()).containsExactlyInAnyOrderEntriesOf(Map.of("q1", 1, "q2", List.of(0, 2), "q3",
				Map.of("0", 1, "1", 2), "q4", List.of(2, 0, 1), "q5", 3.7));
	}

	@Test
	void unansweredItemsAreLeftOut() {
		AnswerSheet sheet = AnswerSheet.read(ITEMS, form("answer.q1", "", "answer.q3.0", "", "answer.q5", " "));
		assertThat(sheet.answers()).isEmpty();
		assertThat(sheet.hasProblems()).isFalse();
	}

	@Test
	void aNumberIsReadWithACommaOrAPointAndSpacesBetweenThousands() {
		assertThat(AnswerSheet.decimal("3.7")).isEqualTo(3.7);
		assertThat(AnswerSheet.decimal("-0,25")).isEqualTo(-0.25);
		assertThat(AnswerSheet.decimal("1 000,5")).isEqualTo(1000.5);
		assertThat(AnswerSheet.decimal("\u22122")).isEqualTo(-2.0);
		assertThat(AnswerSheet.decimal("3.7d")).isNull();
		assertThat(AnswerSheet.decimal("NaN")).isNull();
		assertThat(AnswerSheet.decimal("1e999")).isNull();
		assertThat(AnswerSheet.decimal("three")).isNull();
	}

	@Test
	void whatIsNotANumberComesBackAsAProblemOfThatItem() {
		AnswerSheet sheet = AnswerSheet.read(ITEMS, form("answer.q1", "0", "answer.q5", "about four"));
		assertThat(sheet.hasProblems()).isTrue();
		assertThat(sheet.problem("q5")).isEqualTo(AnswerSheet.NOT_A_NUMBER);
		assertThat(sheet.problem("q1")).isNull();
		assertThat(sheet.number("q5")).as("what was typed is shown again").isEqualTo("about four");
		assertThat(sheet.chosen("q1", 0)).isTrue();
	}

	@Test
	void twoEntriesInOnePlaceOrAnEntryWithoutAPlaceIsAProblem() {
		assertThat(AnswerSheet.read(ITEMS, form("answer.q4.0", "1", "answer.q4.1", "1", "answer.q4.2", "2"))
			.problem("q4")).isEqualTo(AnswerSheet.PLACES_TWICE);
		assertThat(AnswerSheet.read(ITEMS, form("answer.q4.0", "1", "answer.q4.1", "2")).problem("q4"))
			.isEqualTo(AnswerSheet.PLACES_TWICE);
		assertThat(AnswerSheet.read(ITEMS, form("answer.q4.0", "4", "answer.q4.1", "2", "answer.q4.2", "1"))
			.problem("q4")).isEqualTo(AnswerSheet.PLACES_TWICE);
	}

	@Test
	void aTamperedChoiceGoesToScoringAsItIs() {
		AnswerSheet sheet = AnswerSheet.read(ITEMS, form("answer.q1", "x", "answer.q3.0", "9"));
		assertThat(sheet.hasProblems()).isFalse();
		assertThat(sheet.answers()).containsEntry("q1", "x").containsEntry("q3", Map.of("0", 9));
	}

	private static MultiValueMap<String, String> form(String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

}
