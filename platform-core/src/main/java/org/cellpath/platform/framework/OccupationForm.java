package org.cellpath.platform.framework;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An occupation as an editor writes it.
 *
 * @param code unique code such as {@code OCC-CELL-OPERATOR}
 * @param name the job title
 * @param description what the job is
 * @param escoUri the ESCO occupation, if one fits
 * @param outcomes codes of the required learning outcomes
 */
public record OccupationForm(
		@NotBlank(message = "{occupation.code.required}") @Size(max = 40, message = "{occupation.code.size}")
		@Pattern(regexp = OutcomeForm.CODE, message = "{occupation.code.pattern}") String code,
		@NotBlank(message = "{occupation.name.required}") @Size(max = 160, message = "{occupation.name.size}") String name,
		@NotBlank(message = "{occupation.description.required}") @Size(max = 2000, message = "{occupation.description.size}") String description,
		@Pattern(regexp = "(^$)|" + EscoUris.OCCUPATION, message = "{occupation.esco.pattern}") String escoUri,
		@NotEmpty(message = "{occupation.outcomes.required}") List<String> outcomes) {

	public OccupationForm {
		outcomes = (outcomes != null) ? List.copyOf(outcomes) : List.of();
		code = (code != null) ? code.trim() : null;
		escoUri = (escoUri != null) ? escoUri.trim() : null;
	}

	public static OccupationForm of(Occupation occupation) {
		return new OccupationForm(occupation.getCode(), occupation.getName(), occupation.getDescription(),
				occupation.getEscoUri(), occupation.getRequiredOutcomes().stream().map(LearningOutcome::getCode).toList());
	}

	static OccupationForm empty() {
		return new OccupationForm("", "", "", "", List.of());
	}

}
