package org.cellpath.course.authoring;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The editor's form as a browser posts it, filled in with a unit that has one item of every type. */
final class EditorPosts {

	private EditorPosts() {
	}

	/**
	 * A complete, valid unit. The right answers: q1 option 1; q2 options 0 and 2; q3 left 0 to
	 * right 1 and left 1 to right 0; q4 entries in the order 2, 0, 1; q5 3.7 within 0.1.
	 */
	static MockHttpServletRequestBuilder everyItemType(String path, String title, String outcomeCode) {
		return post(path).with(csrf()).params(fields(title, outcomeCode));
	}

	/** The fields of {@link #everyItemType}, to change some before posting them. */
	static MultiValueMap<String, String> fields(String title, String outcomeCode) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("title", title);
		fields.add("summary", "How lithium-ion cells store and release energy.");
		fields.add("language", "en");
		fields.add("learningMinutes", "30");
		fields.add("eqfLevel", "4");
		fields.add("licence", "CC-BY-4.0");
		fields.add("deliveryMode", "blended");
		fields.add("creditSystem", "ECTS");
		fields.add("creditPoints", "0.5");
		fields.add("outcomes", outcomeCode);
		fields.add("blocks[0].type", "text");
		fields.add("blocks[0].markdown", "## Cells\nA cell has an **anode** and a cathode.");
		fields.add("blocks[1].type", "image");
		fields.add("blocks[1].url", "https://example.org/cell.png");
		fields.add("blocks[1].alt", "A cut-open pouch cell");
		fields.add("blocks[2].type", "video");
		fields.add("blocks[2].url", "https://example.org/cell.mp4");
		fields.add("blocks[2].caption", "Inside a cell");
		fields.add("blocks[3].type", "link");
		fields.add("blocks[3].url", "https://example.org/more");
		fields.add("blocks[3].caption", "Further reading");
		fields.add("passScore", "0.8");
		fields.add("maxAttempts", "3");
		fields.add("items[0].type", "single-choice");
		fields.add("items[0].key", "q1");
		fields.add("items[0].prompt", "Which electrode is negative while discharging?");
		fields.add("items[0].options[0]", "Cathode");
		fields.add("items[0].options[1]", "Anode");
		fields.add("items[0].options[2]", "Separator");
		fields.add("items[0].correct", "1");
		fields.add("items[0].feedbackCorrect", "Right: the anode.");
		fields.add("items[0].feedbackIncorrect", "It is the anode.");
		fields.add("items[0].outcomes", outcomeCode);
		fields.add("items[1].type", "multiple-choice");
		fields.add("items[1].key", "q2");
		fields.add("items[1].prompt", "Which are cathode materials?");
		fields.add("items[1].options[0]", "NMC");
		fields.add("items[1].options[1]", "Graphite");
		fields.add("items[1].options[2]", "LFP");
		fields.add("items[1].correctOptions", "0");
		fields.add("items[1].correctOptions", "2");
		fields.add("items[2].type", "matching");
		fields.add("items[2].key", "q3");
		fields.add("items[2].prompt", "Match the step to its stage.");
		fields.add("items[2].left[0]", "Coating");
		fields.add("items[2].left[1]", "Stacking");
		fields.add("items[2].right[0]", "Cell assembly");
		fields.add("items[2].right[1]", "Electrode production");
		fields.add("items[2].matches[0]", "1");
		fields.add("items[2].matches[1]", "0");
		fields.add("items[3].type", "ordering");
		fields.add("items[3].key", "q4");
		fields.add("items[3].prompt", "Put the steps in order.");
		fields.add("items[3].entries[0]", "Stacking");
		fields.add("items[3].entries[1]", "Formation");
		fields.add("items[3].entries[2]", "Coating");
		fields.add("items[3].positions[0]", "2");
		fields.add("items[3].positions[1]", "3");
		fields.add("items[3].positions[2]", "1");
		fields.add("items[4].type", "numeric");
		fields.add("items[4].key", "q5");
		fields.add("items[4].prompt", "Nominal voltage of an NMC cell?");
		fields.add("items[4].answer", "3,7");
		fields.add("items[4].tolerance", "0.1");
		fields.add("items[4].unit", "V");
		return fields;
	}

}
