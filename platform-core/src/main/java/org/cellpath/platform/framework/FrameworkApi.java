package org.cellpath.platform.framework;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.cellpath.platform.framework.FrameworkViews.OccupationView;
import org.cellpath.platform.framework.FrameworkViews.OutcomeView;
import org.cellpath.platform.web.PageView;
import org.cellpath.platform.framework.FrameworkViews.SkillView;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Framework", description = "Learning outcomes, ESCO skills and occupations")
class FrameworkApi {

	private final LearningOutcomes outcomes;

	private final Occupations occupations;

	private final Skills skills;

	private final Framework framework;

	FrameworkApi(LearningOutcomes outcomes, Occupations occupations, Skills skills, Framework framework) {
		this.outcomes = outcomes;
		this.occupations = occupations;
		this.skills = skills;
		this.framework = framework;
	}

	@GetMapping("/outcomes")
	@Transactional(readOnly = true)
	@Operation(summary = "Learning outcomes, filtered and paged")
	PageView<OutcomeView> outcomes(@RequestParam(required = false) String q,
			@RequestParam(required = false) @Min(1) @Max(8) Integer eqf,
			@RequestParam(required = false) OutcomeType type, @RequestParam(required = false) SkillCategory category,
			@RequestParam(required = false) String skill, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		OutcomeFilter filter = new OutcomeFilter(q, eqf, type, category, skill);
		return PageView.of(this.outcomes
			.findAll(filter.specification(), PageRequest.of(page, size, Sort.by("eqfLevel", "code"))), OutcomeView::of);
	}

	@GetMapping("/outcomes/{code}")
	@Transactional(readOnly = true)
	@Operation(summary = "One learning outcome")
	OutcomeView outcome(@PathVariable String code) {
		return OutcomeView.of(this.framework.outcome(code));
	}

	@PostMapping("/outcomes")
	@Operation(summary = "Create a learning outcome (teacher, platform admin)")
	ResponseEntity<OutcomeView> createOutcome(@Valid @RequestBody OutcomeForm form) {
		LearningOutcome created = this.framework.createOutcome(form);
		return ResponseEntity.created(URI.create("/api/v1/outcomes/" + created.getCode())).body(OutcomeView.of(created));
	}

	@PutMapping("/outcomes/{code}")
	@Operation(summary = "Change a learning outcome (teacher, platform admin); its code stays")
	OutcomeView updateOutcome(@PathVariable String code, @Valid @RequestBody OutcomeForm form) {
		return OutcomeView.of(this.framework.updateOutcome(code, form));
	}

	@GetMapping("/skills")
	@Operation(summary = "ESCO skills known to Cellpath")
	List<SkillView> skills() {
		return this.skills.findAllByOrderByLabel().stream().map(SkillView::of).toList();
	}

	@PostMapping("/skills")
	@Operation(summary = "Make an ESCO skill known (teacher, platform admin)")
	ResponseEntity<SkillView> createSkill(@Valid @RequestBody SkillForm form) {
		return ResponseEntity.status(201).body(SkillView.of(this.framework.createSkill(form)));
	}

	@GetMapping("/occupations")
	@Transactional(readOnly = true)
	@Operation(summary = "Occupations and the outcomes each requires")
	List<OccupationView> occupations() {
		return this.occupations.findAllByOrderByName().stream().map(OccupationView::of).toList();
	}

	@GetMapping("/occupations/{code}")
	@Transactional(readOnly = true)
	@Operation(summary = "One occupation and the outcomes it requires")
	OccupationView occupation(@PathVariable String code) {
		return OccupationView.of(this.occupations.findByCode(code)
			.orElseThrow(() -> new NotFoundException("No occupation with code " + code)));
	}

	@PostMapping("/occupations")
	@Operation(summary = "Create an occupation (teacher, platform admin)")
	ResponseEntity<OccupationView> createOccupation(@Valid @RequestBody OccupationForm form) {
		Occupation created = this.framework.createOccupation(form);
		return ResponseEntity.created(URI.create("/api/v1/occupations/" + created.getCode()))
			.body(OccupationView.of(created));
	}

	@PutMapping("/occupations/{code}")
	@Operation(summary = "Change an occupation (teacher, platform admin); its code stays")
	OccupationView updateOccupation(@PathVariable String code, @Valid @RequestBody OccupationForm form) {
		return OccupationView.of(this.framework.updateOccupation(code, form));
	}

}
