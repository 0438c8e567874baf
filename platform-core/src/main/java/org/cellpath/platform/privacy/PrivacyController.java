package org.cellpath.platform.privacy;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.privacy.AccountErasure.Confirmation;
import org.cellpath.platform.privacy.AccountErasure.Erased;
import org.cellpath.platform.web.FormErrors;
import org.cellpath.platform.web.InvalidInputException;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The learner's "Your data" page: download everything, or erase the account. */
@Controller
class PrivacyController {

	private final AccountErasure erasure;

	PrivacyController(AccountErasure erasure) {
		this.erasure = erasure;
	}

	@GetMapping("/me/data")
	String page(Model model) {
		model.addAttribute("erasure", new ErasureForm("", ""));
		return show(model);
	}

	@PostMapping("/me/data/erase")
	String erase(@CurrentUser User learner, @Valid @ModelAttribute("erasure") ErasureForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return show(model);
		}
		Erased erased;
		try {
			erased = this.erasure.erase(learner.getId(), new Confirmation(form.username(), form.password()));
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, result);
			return show(model);
		}
		// The person is signed out here and now; other sessions end on their next request.
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		model.addAttribute("accountNumber", erased.accountNumber());
		model.addAttribute("erasedOn", LocalDate.ofInstant(erased.erasedAt(), ZoneOffset.UTC));
		model.addAttribute("retained", erased.retained());
		// Shown directly rather than after a redirect: the session that a redirect would need is gone.
		return "privacy/erased";
	}

	private String show(Model model) {
		model.addAttribute("retained", this.erasure.retainedAfterErasure());
		return "privacy/data";
	}

	/** What the learner types to confirm the erasure; the password is never shown back. */
	record ErasureForm(@NotBlank(message = "{privacy.erase.username.required}") @Size(max = 64, message = "{privacy.erase.username.wrong}") String username,
			@NotBlank(message = "{privacy.erase.password.required}") @Size(max = 200, message = "{privacy.erase.password.wrong}") String password) {
	}

}
