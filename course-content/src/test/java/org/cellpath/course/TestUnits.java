package org.cellpath.course;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.platform.TestFramework;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.identity.User;

import org.springframework.stereotype.Component;

/** Makes unit documents and published units for tests. */
@Component
public class TestUnits {

	private final UnitAuthoring authoring;

	private final TestFramework framework;

	TestUnits(UnitAuthoring authoring, TestFramework framework) {
		this.authoring = authoring;
		this.framework = framework;
	}

	/**
	 * A valid document with one item of every type, addressing the outcomes (codes), in English
	 * with a Swedish translation. The right answers: q1 1, q2 [0,2], q3 {"0":1,"1":2}, q4 [1,2,0], q5 3.7 +- 0.1.
	 */
	public static ObjectNode document(String title, String... outcomeCodes) {
		StringBuilder outcomes = new StringBuilder();
		for (String code : outcomeCodes) {
			outcomes.append(outcomes.isEmpty() ? "" : ",").append('"').append(code).append('"');
		}
		String json = """
				{ "format": "cellpath-unit/1",
				  "title": "%s", "language": "en",
				  "summary": "How lithium-ion cells store and release energy.",
				  "learningMinutes": 30, "eqfLevel": 4, "licence": "CC-BY-4.0", "deliveryMode": "asynchronous",
				  "credits": {"system": "ECVET", "points": 0.5},
				  "outcomes": [%s],
				  "content": [
				    {"type": "text", "markdown": "## Cells\\nA cell has an anode and a cathode."},
				    {"type": "image", "url": "https://example.org/cell.png", "alt": "A cut-open pouch cell"},
				    {"type": "link", "url": "https://example.org/more", "caption": "Further reading"},
				    {"type": "attachment", "fileName": "checklist.txt", "mediaType": "text/plain", "data": "Q2hlY2sgdGhlIGNlbGwu", "caption": "Checklist"}
				  ],
				  "assessment": {
				    "passScore": 0.8, "maxAttempts": 3,
				    "items": [
				      {"key": "q1", "type": "single-choice", "prompt": "Which electrode is negative while discharging?",
				       "options": ["Cathode", "Anode", "Separator"], "answer": 1,
				       "feedback": {"correct": "Right: the anode.", "incorrect": "It is the anode."}},
				      {"key": "q2", "type": "multiple-choice", "prompt": "Which are cathode materials?",
				       "options": ["NMC", "Graphite", "LFP", "Copper"], "answer": [0, 2]},
				      {"key": "q3", "type": "matching", "prompt": "Match the step to its stage.",
				       "left": ["Electrode production", "Cell assembly"], "right": ["Formation and ageing", "Coating", "Stacking"],
				       "answer": {"0": 1, "1": 2}},
				      {"key": "q4", "type": "ordering", "prompt": "Put the steps in order.",
				       "items": ["Formation", "Coating", "Stacking"], "answer": [1, 2, 0]},
				      {"key": "q5", "type": "numeric", "prompt": "Nominal voltage of an NMC cell?",
				       "answer": 3.7, "tolerance": 0.1, "unit": "V"}
				    ] },
				  "translations": {
				    "sv": {"title": "Litiumjonceller: så fungerar de", "summary": "Hur litiumjonceller lagrar och avger energi.",
				           "items": {"q1": {"prompt": "Vilken elektrod är negativ vid urladdning?", "options": ["Katod", "Anod", "Separator"],
				                            "feedback": {"correct": "Rätt: anoden.", "incorrect": "Det är anoden."}}}}
				  } }
				""".formatted(title, outcomes);
		return (ObjectNode) UnitFormat.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The right answers to {@link #document}. */
	public static JsonNode rightAnswers() {
		return UnitFormat.mapper()
			.valueToTree(Map.of("q1", 1, "q2", java.util.List.of(0, 2), "q3", Map.of("0", 1, "1", 2), "q4",
					java.util.List.of(1, 2, 0), "q5", 3.65));
	}

	/** A new outcome and a unit addressing it, created and published by the teacher. */
	public Published published(User teacher) {
		LearningOutcome outcome = this.framework.outcome(4);
		AuthoredUnit draft = this.authoring.createDraft(document(TestFramework.code("Cells"), outcome.getCode()), teacher);
		this.authoring.publish(draft.unitId(), teacher);
		return new Published(draft.unitId(), outcome);
	}

	/** A published unit and the outcome it addresses. */
	public record Published(long unitId, LearningOutcome outcome) {
	}

}
