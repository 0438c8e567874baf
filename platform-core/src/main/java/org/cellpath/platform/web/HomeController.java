package org.cellpath.platform.web;

import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What Cellpath is and whom it is for; the sign-in page. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("roles", Role.values());
		return "home";
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockMinutes", User.LOCK_DURATION.toMinutes());
		return "login";
	}

}
