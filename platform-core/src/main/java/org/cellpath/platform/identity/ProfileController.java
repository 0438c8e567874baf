package org.cellpath.platform.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own profile: name, email, roles, organisation and password. */
@Controller
class ProfileController {

	private final Users users;

	private final PasswordEncoder passwords;

	ProfileController(Users users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	@GetMapping("/profile")
	@Transactional(readOnly = true)
	String profile(@CurrentUser User user, Model model) {
		model.addAttribute("details", new DetailsForm(user.getDisplayName(), user.getEmail()));
		model.addAttribute("password", new PasswordForm("", "", ""));
		return show(user, model);
	}

	@PostMapping("/profile")
	@Transactional
	String updateDetails(@CurrentUser User user, @Valid @ModelAttribute("details") DetailsForm details,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && !details.email().equalsIgnoreCase(user.getEmail())
				&& this.users.existsByEmail(details.email())) {
			result.rejectValue("email", "profile.email.taken", "that email address belongs to another account");
		}
		if (result.hasErrors()) {
			model.addAttribute("password", new PasswordForm("", "", ""));
			return show(user, model);
		}
		User managed = this.users.findById(user.getId()).orElseThrow();
		managed.updateProfile(details.displayName(), details.email());
		redirect.addFlashAttribute("saved", "profile.saved");
		return "redirect:/profile";
	}

	@PostMapping("/profile/password")
	@Transactional
	String changePassword(@CurrentUser User user, @Valid @ModelAttribute("password") PasswordForm password,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("current") && !this.passwords.matches(password.current(), user.getPasswordHash())) {
			result.rejectValue("current", "profile.password.wrong", "the current password is not right");
		}
		if (!result.hasFieldErrors("repeated") && !password.fresh().equals(password.repeated())) {
			result.rejectValue("repeated", "profile.password.mismatch", "the two new passwords differ");
		}
		if (result.hasErrors()) {
			model.addAttribute("details", new DetailsForm(user.getDisplayName(), user.getEmail()));
			return show(user, model);
		}
		User managed = this.users.findById(user.getId()).orElseThrow();
		managed.changePassword(this.passwords.encode(password.fresh()));
		redirect.addFlashAttribute("saved", "profile.password.saved");
		return "redirect:/profile";
	}

	private String show(User user, Model model) {
		User loaded = this.users.findById(user.getId()).orElseThrow();
		model.addAttribute("user", loaded);
		model.addAttribute("organisation", (loaded.getOrganisation() != null) ? loaded.getOrganisation().getName() : null);
		model.addAttribute("region", (loaded.getRegion() != null) ? loaded.getRegion().getName()
				: (loaded.getOrganisation() != null) ? loaded.getOrganisation().getRegion().getName() : null);
		return "identity/profile";
	}

	record DetailsForm(@NotBlank(message = "{profile.name.required}") @Size(max = 120, message = "{profile.name.size}") String displayName,
			@NotBlank(message = "{profile.email.required}") @Email(message = "{profile.email.invalid}") @Size(max = 254, message = "{profile.email.invalid}") String email) {

		DetailsForm {
			displayName = (displayName != null) ? displayName.trim() : null;
			email = (email != null) ? email.trim() : null;
		}

	}

	record PasswordForm(@NotBlank(message = "{profile.password.current.required}") String current,
			@NotBlank(message = "{profile.password.size}") @Size(min = 10, max = 200, message = "{profile.password.size}") String fresh,
			@NotBlank(message = "{profile.password.repeat}") String repeated) {
	}

}
