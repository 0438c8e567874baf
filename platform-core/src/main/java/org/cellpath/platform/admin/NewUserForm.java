package org.cellpath.platform.admin;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account as a platform admin enters it, on the page or through the API.
 *
 * @param username what the person signs in with: 3 to 40 lower-case letters, digits, dots,
 * hyphens or underscores, unique
 * @param displayName the person's name
 * @param email the person's email address, unique
 * @param password the first password, 12 to 200 characters; only its hash is kept
 * @param roles names of the roles, at least one (see {@link org.cellpath.platform.identity.Role})
 * @param organisation slug of the organisation the person works for; teachers and provider admins
 * need a provider, employers an employer
 * @param region code of the region a region coordinator coordinates
 */
public record NewUserForm(
		@NotBlank(message = "{user.username.required}") @Pattern(regexp = USERNAME, message = "{user.username.pattern}") String username,
		@NotBlank(message = "{user.displayName.required}") @Size(max = 120, message = "{user.displayName.size}") String displayName,
		@NotBlank(message = "{user.email.required}") @Email(message = "{user.email.invalid}") @Size(max = 254, message = "{user.email.invalid}") String email,
		@NotBlank(message = "{user.password.size}") @Size(min = 12, max = 200, message = "{user.password.size}") String password,
		@NotEmpty(message = "{user.roles.required}") List<String> roles,
		String organisation,
		String region) {

	/** What a username may look like. */
	public static final String USERNAME = "^[a-z0-9._-]{3,40}$";

	public NewUserForm {
		username = trimmed(username);
		displayName = trimmed(displayName);
		email = trimmed(email);
		roles = (roles != null) ? roles.stream().filter((role) -> role != null && !role.isBlank()).toList() : List.of();
		organisation = blankToNull(organisation);
		region = blankToNull(region);
	}

	static NewUserForm empty() {
		return new NewUserForm("", "", "", "", List.of(), null, null);
	}

	private static String trimmed(String value) {
		return (value != null) ? value.trim() : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
