package org.cellpath.course.attempt;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.cellpath.course.catalogue.LearnerUnit.Question;
import org.cellpath.course.exchange.Item;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A form without JavaScript sends answers that score like the API's. */
class FormAnswersTests {

	private static final List<Question> QUESTIONS = List.of(
			new Question("q1", "single-choice", "?", List.of("a", "b", "c"), null, null, null, null),
			new Question("q2", "multiple-choice", "?", List.of("a", "b", "c", "d"), null, null, null, null),
			new Question("q3", "matching", "?", null, List.of("x", "y"), List.of("1", "2", "3"), null, null),
			new Question("q4", "ordering", "?", null, null, null, List.of("a", "b", "c"), null),
			new Question("q5", "numeric", "?", null, null, null, null, "V"));

	@Test
	void everyItemTypeIsReadInTheShapeOfItsAnswer() {
		JsonNode answers = FormAnswers.read(QUESTIONS,
				Map.of("answer.q1", new String[] { "1" }, "answer.q2", new String[] { "0", "2" }, "answer.q3.0",
						new String[] { "1" }, "answer.q3.1", new String[] { "2" }, "answer.q4.0", new String[] { "1" },
						"answer.q4.1", new String[] { "2" }, "answer.q4.2", new String[] { "0" }, "answer.q5",
						new String[] { "3,65" }, "_csrf", new String[] { "token" }));
		assertThat(answers.toString()).isEqualTo(
				"{\"q1\":1,\"q2\":[0,2],\"q3\":{\"0\":1,\"1\":2},\"q4\":[1,2,0],\"q5\":3.65}");
		assertThat(Scoring.score(new Item.Numeric("q5", "?", 3.7, 0.1, "V", null, null), answers.get("q5")).score())
			.isEqualTo(1.0);
	}

	@Test
	void emptyFieldsAreNotAnsweredAndNonsenseStaysForScoringToCallMalformed() {
		JsonNode answers = FormAnswers.read(QUESTIONS,
				Map.of("answer.q1", new String[] { "" }, "answer.q5", new String[] { "three" }, "answer.q2",
						new String[] { "x" }));
		assertThat(answers.has("q1")).isFalse();
		assertThat(answers.get("q5").isString()).isTrue();
		assertThat(Scoring.score(new Item.MultipleChoice("q2", "?", List.of("a", "b", "c", "d"), List.of(0), null, null),
				answers.get("q2")).malformed()).isTrue();
	}

}
