package org.cellpath.course.exchange;

import java.util.List;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.TestUnits;
import org.cellpath.course.exchange.MalformedDocuments.Mutation;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator reports every problem of a broken document at its JSON pointer, however they combine. */
class UnitValidatorPropertyTests {

	@Example
	void theValidDocumentHasNoProblem() {
		assertThat(UnitValidator.problems(TestUnits.document("A valid unit", "BAT-SAF-301"))).isEmpty();
	}

	@Example
	void aValidDocumentReadsIntoRecordsAndWritesBackTheSame() {
		ObjectNode tree = TestUnits.document("A valid unit", "BAT-SAF-301");
		UnitDocument document = UnitFormat.toDocument(tree);
		assertThat(UnitFormat.toDocument(UnitFormat.toTree(document))).isEqualTo(document);
		assertThat(UnitFormat.read(UnitFormat.writeString(document))).isEqualTo(document);
		assertThat(UnitValidator.problems(UnitFormat.toTree(document))).isEmpty();
	}

	@Property(tries = 400)
	void everyMutationIsReportedAtItsPointer(@ForAll("broken") List<Mutation> mutations) {
		ObjectNode document = TestUnits.document("A valid unit", "BAT-SAF-301");
		mutations.forEach((mutation) -> mutation.apply().accept(document));

		List<String> pointers = UnitValidator.problems(document).stream().map(FieldProblem::field).toList();

		assertThat(pointers).containsAll(mutations.stream().map(Mutation::pointer).toList());
	}

	@Property(tries = 200)
	void documentsThatAreNotObjectsOrNotJsonAreOneProblemAtTheRoot(@ForAll("notObjects") String text) {
		try {
			assertThat(UnitValidator.problems(UnitFormat.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
				.extracting(FieldProblem::field)
				.containsExactly("");
		}
		catch (org.cellpath.platform.web.InvalidInputException unreadable) {
			assertThat(unreadable.problems()).extracting(FieldProblem::field).containsExactly("");
		}
	}

	@Provide
	Arbitrary<List<Mutation>> broken() {
		return MalformedDocuments.combinations(false);
	}

	@Provide
	Arbitrary<String> notObjects() {
		return net.jqwik.api.Arbitraries.oneOf(net.jqwik.api.Arbitraries.strings().ofMaxLength(30),
				net.jqwik.api.Arbitraries.of("[]", "[{}]", "42", "\"unit\"", "null", "true", "{\"a\":1}{", "{\"a\":1,\"a\":2}"));
	}

}
