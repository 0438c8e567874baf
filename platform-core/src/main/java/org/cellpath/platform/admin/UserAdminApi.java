package org.cellpath.platform.admin;

import java.net.URI;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.web.NotFoundException;
import org.cellpath.platform.web.PageView;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

// No @Validated here: Spring MVC validates the parameters itself and answers 400 through ApiProblems,
// whereas a method-validation proxy would throw ConstraintViolationException, a 500.
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "User administration", description = "Accounts, roles and sign-in locks (platform admin)")
class UserAdminApi {

	private final Users users;

	private final UserAdministration administration;

	private final Clock clock;

	UserAdminApi(Users users, UserAdministration administration, Clock clock) {
		this.users = users;
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
	@Operation(summary = "Everyone who can sign in, by username, paged; q finds text in username, name or email (platform admin)")
	PageView<UserView> users(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageView.of(this.administration.find(q, page, size), (user) -> UserView.of(user, this.clock.instant()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account (platform admin)")
	UserView user(@PathVariable long id) {
		return UserView.of(this.users.findWithPlacesById(id)
			.orElseThrow(() -> new NotFoundException("No user with id " + id)), this.clock.instant());
	}

	@PostMapping
	@Operation(summary = "Create an account (platform admin); the password is stored only as a hash")
	ResponseEntity<UserView> create(@Valid @RequestBody NewUserForm form) {
		User created = this.administration.create(form);
		return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.getId()))
			.body(UserView.of(created, this.clock.instant()));
	}

	@PostMapping("/{id}/unlock")
	@Operation(summary = "Lift a lock after too many failed sign-ins and reset the count (platform admin)")
	UserView unlock(@PathVariable long id) {
		return UserView.of(this.administration.unlock(id), this.clock.instant());
	}

}
