package org.cellpath.platform.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cellpath.platform.admin.NewUserForm;

/**
 * A teacher a provider admin adds to their own provider. The rules and messages are those of
 * {@link NewUserForm}.
 *
 * @param username what the teacher signs in with
 * @param displayName the teacher's name
 * @param email the teacher's email address
 * @param password the first password, 12 to 200 characters
 */
public record NewTeacherForm(
		@NotBlank(message = "{user.username.required}") @Pattern(regexp = NewUserForm.USERNAME, message = "{user.username.pattern}") String username,
		@NotBlank(message = "{user.displayName.required}") @Size(max = 120, message = "{user.displayName.size}") String displayName,
		@NotBlank(message = "{user.email.required}") @Email(message = "{user.email.invalid}") @Size(max = 254, message = "{user.email.invalid}") String email,
		@NotBlank(message = "{user.password.size}") @Size(min = 12, max = 200, message = "{user.password.size}") String password) {

	public NewTeacherForm {
		username = (username != null) ? username.trim() : null;
		displayName = (displayName != null) ? displayName.trim() : null;
		email = (email != null) ? email.trim() : null;
	}

	static NewTeacherForm empty() {
		return new NewTeacherForm("", "", "", "");
	}

}
