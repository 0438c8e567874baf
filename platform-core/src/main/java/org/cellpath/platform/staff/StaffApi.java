package org.cellpath.platform.staff;

import java.net.URI;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.cellpath.platform.admin.UserView;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.PageView;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/provider/staff")
@Tag(name = "Provider staff", description = "The teachers and provider admins of the signed-in provider admin's provider")
class StaffApi {

	private final ProviderStaff staff;

	private final Clock clock;

	StaffApi(ProviderStaff staff, Clock clock) {
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Teachers and provider admins of your provider, by username, paged (provider admin)")
	PageView<UserView> staff(@CurrentUser User admin, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageView.of(this.staff.of(admin, page, size), (user) -> UserView.of(user, this.clock.instant()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person on your provider's staff (provider admin)")
	UserView member(@CurrentUser User admin, @PathVariable long id) {
		return UserView.of(this.staff.member(admin, id), this.clock.instant());
	}

	@PostMapping
	@Operation(summary = "Add a teacher to your provider (provider admin)")
	ResponseEntity<UserView> add(@CurrentUser User admin, @Valid @RequestBody NewTeacherForm form) {
		User added = this.staff.addTeacher(admin, form);
		return ResponseEntity.created(URI.create("/api/v1/provider/staff/" + added.getId()))
			.body(UserView.of(added, this.clock.instant()));
	}

}
