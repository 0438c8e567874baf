package org.cellpath.platform.demand;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.PageView;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/employer/demand")
@Tag(name = "Skill demand", description = "The skill needs of the signed-in employer's organisation")
class DemandApi {

	private final SkillNeeds needs;

	DemandApi(SkillNeeds needs) {
		this.needs = needs;
	}

	@GetMapping
	@Operation(summary = "Your organisation's stated skill needs, newest first, paged (employer)")
	PageView<DemandView> needs(@CurrentUser User employer, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageView.of(this.needs.of(employer, page, size), DemandView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One of your organisation's skill needs (employer)")
	DemandView need(@CurrentUser User employer, @PathVariable long id) {
		return DemandView.of(this.needs.one(employer, id));
	}

	@PostMapping
	@Operation(summary = "State a skill need: occupation code, region code, headcount, horizon in months, note (employer)")
	ResponseEntity<DemandView> state(@CurrentUser User employer, @Valid @RequestBody DemandForm form) {
		Demand stated = this.needs.state(employer, form);
		return ResponseEntity.created(URI.create("/api/v1/employer/demand/" + stated.getId()))
			.body(DemandView.of(stated));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Withdraw one of your organisation's skill needs (employer)")
	ResponseEntity<Void> withdraw(@CurrentUser User employer, @PathVariable long id) {
		this.needs.withdraw(employer, id);
		return ResponseEntity.noContent().build();
	}

}
