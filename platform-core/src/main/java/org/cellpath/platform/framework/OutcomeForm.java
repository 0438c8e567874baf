package org.cellpath.platform.framework;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cellpath.platform.framework.LearningOutcome.OutcomeDescription;

/**
 * A learning outcome as a teacher writes it, on the page or through the API.
 *
 * @param code unique code such as {@code BAT-SAF-01}
 * @param statement what the learner can do, one sentence
 * @param type knowledge, skill or competence
 * @param bloomLevel level on Bloom's revised taxonomy
 * @param eqfLevel EQF level, 1 to 8
 * @param category skill category
 * @param skills ESCO skill URIs, each already known to Cellpath
 */
public record OutcomeForm(
		@NotBlank(message = "{outcome.code.required}") @Size(max = 32, message = "{outcome.code.size}")
		@Pattern(regexp = CODE, message = "{outcome.code.pattern}") String code,
		@NotBlank(message = "{outcome.statement.required}") @Size(min = 10, max = 500, message = "{outcome.statement.size}") String statement,
		@NotNull(message = "{outcome.type.required}") OutcomeType type,
		@NotNull(message = "{outcome.bloom.required}") BloomLevel bloomLevel,
		@NotNull(message = "{outcome.eqf.required}") @Min(value = 1, message = "{outcome.eqf.range}") @Max(value = 8, message = "{outcome.eqf.range}") Integer eqfLevel,
		@NotNull(message = "{outcome.category.required}") SkillCategory category,
		List<@Pattern(regexp = EscoUris.SKILL, message = "{skill.uri.pattern}") String> skills) {

	/** Upper-case letters and digits in groups joined by hyphens. */
	public static final String CODE = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$";

	public OutcomeForm {
		skills = (skills != null) ? List.copyOf(skills) : List.of();
		code = (code != null) ? code.trim() : null;
		statement = (statement != null) ? statement.trim() : null;
	}

	public static OutcomeForm of(LearningOutcome outcome) {
		return new OutcomeForm(outcome.getCode(), outcome.getStatement(), outcome.getType(), outcome.getBloomLevel(),
				outcome.getEqfLevel(), outcome.getCategory(), outcome.getSkills().stream().map(Skill::getUri).toList());
	}

	static OutcomeForm empty() {
		return new OutcomeForm("", "", null, null, null, null, List.of());
	}

	OutcomeDescription description() {
		return new OutcomeDescription(this.statement, this.type, this.bloomLevel, this.eqfLevel, this.category);
	}

}
