package org.cellpath.course.authoring;

import java.util.List;

import org.cellpath.course.unit.AuthoredUnit;
import org.cellpath.course.unit.UnitAuthoring;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The versions of the provider's units that wait for a second teacher's review. */
@Controller
class ReviewController {

	private final UnitAuthoring authoring;

	private final PeopleNames names;

	ReviewController(UnitAuthoring authoring, PeopleNames names) {
		this.authoring = authoring;
		this.names = names;
	}

	@GetMapping("/teach/reviews")
	String queue(@CurrentUser User teacher, Model model) {
		List<AuthoredUnit> queue = this.authoring.reviewQueue(teacher);
		model.addAttribute("queue", queue);
		model.addAttribute("people", this.names.of(queue));
		model.addAttribute("me", teacher.getId());
		return "authoring/reviews";
	}

}
