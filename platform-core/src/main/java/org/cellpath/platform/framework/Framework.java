package org.cellpath.platform.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the framework: creating and editing outcomes, skills and occupations, with the rules
 * that bean validation alone cannot check (unique codes, known references). Nothing is stored
 * unless every rule holds.
 */
@Service
public class Framework {

	private final LearningOutcomes outcomes;

	private final Skills skills;

	private final Occupations occupations;

	Framework(LearningOutcomes outcomes, Skills skills, Occupations occupations) {
		this.outcomes = outcomes;
		this.skills = skills;
		this.occupations = occupations;
	}

	@Transactional
	public LearningOutcome createOutcome(OutcomeForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.outcomes.existsByCode(form.code())) {
			problems.add(new FieldProblem("code", "outcome.code.taken", "the code " + form.code() + " is already in use"));
		}
		Set<Skill> linked = knownSkills(form.skills(), problems);
		rejectIfAny(problems);
		return this.outcomes.save(new LearningOutcome(form.code(), form.description(), linked));
	}

	@Transactional
	public LearningOutcome updateOutcome(String code, OutcomeForm form) {
		LearningOutcome outcome = outcome(code);
		List<FieldProblem> problems = new ArrayList<>();
		if (!code.equals(form.code())) {
			problems.add(new FieldProblem("code", "outcome.code.fixed", "the code of an outcome cannot change"));
		}
		Set<Skill> linked = knownSkills(form.skills(), problems);
		rejectIfAny(problems);
		outcome.describe(form.description(), linked);
		return outcome;
	}

	@Transactional
	public Skill createSkill(SkillForm form) {
		if (this.skills.findByUri(form.uri()).isPresent()) {
			throw new InvalidInputException("uri", "skill.uri.taken", "the skill " + form.uri() + " is already known");
		}
		return this.skills.save(new Skill(form.uri(), form.label()));
	}

	@Transactional
	public Occupation createOccupation(OccupationForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.occupations.existsByCode(form.code())) {
			problems.add(new FieldProblem("code", "occupation.code.taken", "the code " + form.code() + " is already in use"));
		}
		Set<LearningOutcome> required = knownOutcomes(form.outcomes(), problems);
		rejectIfAny(problems);
		return this.occupations.save(new Occupation(form.code(), form.name(), form.description(),
				blankToNull(form.escoUri()), required));
	}

	@Transactional
	public Occupation updateOccupation(String code, OccupationForm form) {
		Occupation occupation = this.occupations.findByCode(code)
			.orElseThrow(() -> new NotFoundException("No occupation with code " + code));
		List<FieldProblem> problems = new ArrayList<>();
		if (!code.equals(form.code())) {
			problems.add(new FieldProblem("code", "occupation.code.fixed", "the code of an occupation cannot change"));
		}
		Set<LearningOutcome> required = knownOutcomes(form.outcomes(), problems);
		rejectIfAny(problems);
		occupation.describe(form.name(), form.description(), blankToNull(form.escoUri()), required);
		return occupation;
	}

	@Transactional(readOnly = true)
	public LearningOutcome outcome(String code) {
		return this.outcomes.findByCode(code).orElseThrow(() -> new NotFoundException("No learning outcome with code " + code));
	}

	private Set<Skill> knownSkills(List<String> uris, List<FieldProblem> problems) {
		Set<String> wanted = new LinkedHashSet<>(uris);
		List<Skill> found = this.skills.findByUriIn(wanted);
		Set<String> foundUris = new HashSet<>();
		found.forEach((skill) -> foundUris.add(skill.getUri()));
		wanted.stream()
			.filter((uri) -> !foundUris.contains(uri))
			.forEach((uri) -> problems.add(new FieldProblem("skills", "outcome.skills.unknown",
					"the skill " + uri + " is not known; add it to the skills first")));
		return new LinkedHashSet<>(found);
	}

	private Set<LearningOutcome> knownOutcomes(List<String> codes, List<FieldProblem> problems) {
		Set<String> wanted = new LinkedHashSet<>(codes);
		List<LearningOutcome> found = this.outcomes.findByCodeIn(wanted);
		Set<String> foundCodes = new HashSet<>();
		found.forEach((outcome) -> foundCodes.add(outcome.getCode()));
		wanted.stream()
			.filter((code) -> !foundCodes.contains(code))
			.forEach((code) -> problems.add(new FieldProblem("outcomes", "occupation.outcomes.unknown",
					"there is no learning outcome with code " + code)));
		return new LinkedHashSet<>(found);
	}

	private static void rejectIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
