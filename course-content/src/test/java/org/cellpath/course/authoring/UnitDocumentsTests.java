package org.cellpath.course.authoring;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.TestUnits;
import org.cellpath.course.authoring.UnitDocuments.FormProblem;
import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.exchange.UnitValidator;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's form maps onto the exchange document and back, and pointers find their fields. */
class UnitDocumentsTests {

	@Test
	void aDocumentSurvivesTheEditorUnchangedAttachmentsAndTranslationsIncluded() {
		ObjectNode document = TestUnits.document("Round trip", "BAT-SAF-301");
		document.put("provider", "norrvik-adult-education");
		List<FormProblem> problems = new ArrayList<>();

		ObjectNode again = UnitDocuments.toDocument(UnitDocuments.toForm(document), document, problems);

		assertThat(problems).isEmpty();
		assertThat(UnitValidator.problems(again)).isEmpty();
		// Compared as records: the form writes numbers as decimals where the parser read doubles.
		assertThat(UnitFormat.toDocument(again)).isEqualTo(UnitFormat.toDocument(document));
	}

	@Test
	void anOrderIsTakenFromEachEntrysPlace() {
		assertThat(UnitDocuments.order(List.of("2", "3", "1"), 3)).containsExactly(2, 0, 1);
		assertThat(UnitDocuments.order(List.of("1", "1", "2"), 3)).isNull();
		assertThat(UnitDocuments.order(List.of("1", "4", "2"), 3)).isNull();
		assertThat(UnitDocuments.order(List.of("1", ""), 2)).isNull();
	}

	@Test
	void pointersNameTheFieldsThatShowThem() {
		assertThat(UnitDocuments.fieldFor("/title")).isEqualTo("title");
		assertThat(UnitDocuments.fieldFor("/credits/points")).isEqualTo("creditPoints");
		assertThat(UnitDocuments.fieldFor("/outcomes/0")).isEqualTo("outcomes");
		assertThat(UnitDocuments.fieldFor("/content/2/alt")).isEqualTo("blocks[2].alt");
		assertThat(UnitDocuments.fieldFor("/content/3/data")).isEqualTo("blocks[3].fileName");
		assertThat(UnitDocuments.fieldFor("/content")).isEqualTo("blocks");
		assertThat(UnitDocuments.fieldFor("/assessment/passScore")).isEqualTo("passScore");
		assertThat(UnitDocuments.fieldFor("/assessment/items/1/options/2")).isEqualTo("items[1].options[2]");
		assertThat(UnitDocuments.fieldFor("/assessment/items/3/items/0")).isEqualTo("items[3].entries[0]");
		assertThat(UnitDocuments.fieldFor("/assessment/items/0/feedback/incorrect")).isEqualTo("items[0].feedbackIncorrect");
		assertThat(UnitDocuments.fieldFor("unit.json#/assessment/items/4/tolerance")).isEqualTo("items[4].tolerance");
		assertThat(UnitDocuments.fieldFor("/provider")).isNull();
		assertThat(UnitDocuments.fieldFor("")).isNull();
	}

	@Test
	void removingAnOptionKeepsTheRightAnswersOnTheSameOptions() {
		UnitForm form = UnitDocuments.toForm(TestUnits.document("Options", "BAT-SAF-301"));
		ItemForm multiple = form.getItems().get(1);
		assertThat(multiple.getCorrectOptions()).containsExactly("0", "2");

		form.apply("removeOption:1:1");

		assertThat(multiple.getOptions()).containsExactly("NMC", "LFP", "Copper");
		assertThat(multiple.getCorrectOptions()).containsExactly("0", "1");
		form.apply("removeOption:1:0");
		assertThat(multiple.getCorrectOptions()).containsExactly("0");
		form.apply("removeItem:99");
		assertThat(form.getItems()).hasSize(5);
	}

	@Test
	void theCommonProblemsAreSaidInTheTeachersLanguageWithTheirNumbers() {
		ProblemMessages.Message length = ProblemMessages
			.of(new FieldProblem("/title", "unit.problem.length", "must be between 3 and 200 characters"));
		assertThat(length.key()).isEqualTo("authoring.problem.unit.length");
		assertThat(length.arguments()).containsExactly("3", "200");
		assertThat(ProblemMessages.of(new FieldProblem("/language", "unit.problem.pattern", "must be an ISO code")))
			.as("an unknown kind keeps its English words")
			.isNull();
	}

}
