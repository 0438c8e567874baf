package org.cellpath.platform.region;

import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.web.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The region coordinator's page: where training is missing, as far as Cellpath knows today. */
@Controller
class RegionController {

	private final RegionOverviews overviews;

	RegionController(RegionOverviews overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/region")
	String overview(@CurrentUser User coordinator, Model model) {
		try {
			model.addAttribute("overview", this.overviews.of(coordinator));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("noRegion", true);
		}
		return "region/overview";
	}

}
