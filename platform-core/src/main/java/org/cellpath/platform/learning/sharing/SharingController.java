package org.cellpath.platform.learning.sharing;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cellpath.platform.framework.Occupations;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.learning.account.LearningRecords;
import org.cellpath.platform.web.FormErrors;
import org.cellpath.platform.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The learner's share links, and the shared record that anyone with a link sees. */
@Controller
class SharingController {

	private final Sharing sharing;

	private final LearningRecords records;

	private final Occupations occupations;

	private final ShareAddresses addresses;

	SharingController(Sharing sharing, LearningRecords records, Occupations occupations, ShareAddresses addresses) {
		this.sharing = sharing;
		this.records = records;
		this.occupations = occupations;
		this.addresses = addresses;
	}

	@GetMapping("/me/shares")
	String list(@CurrentUser User learner, Model model) {
		model.addAttribute("shareForm", ShareForm.empty());
		return show(learner, model);
	}

	@PostMapping("/me/shares")
	String create(@CurrentUser User learner, @Valid @ModelAttribute("shareForm") ShareForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ShareLink link = this.sharing.create(learner, form);
				redirect.addFlashAttribute("saved", "sharing.ready");
				return "redirect:/me/shares/" + link.getId();
			}
			catch (InvalidInputException ex) {
				FormErrors.show(ex, result);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(learner, model);
	}

	@GetMapping("/me/shares/{id}")
	String one(@CurrentUser User learner, @PathVariable long id, Model model) {
		ShareLink link = this.sharing.one(learner, id);
		model.addAttribute("share", this.sharing.summary(learner, id));
		model.addAttribute("url", this.addresses.url(link.getToken()));
		model.addAttribute("items", this.sharing.itemsOf(link));
		model.addAttribute("views", this.sharing.views(learner, id));
		return "sharing/share";
	}

	@PostMapping("/me/shares/{id}/revoke")
	String revoke(@CurrentUser User learner, @PathVariable long id, RedirectAttributes redirect) {
		this.sharing.revoke(learner, id);
		redirect.addFlashAttribute("saved", "sharing.revoked");
		return "redirect:/me/shares/" + id;
	}

	@GetMapping("/shared/{token}")
	String shared(@PathVariable String token, @RequestParam(required = false) String occupation,
			@CurrentUser User viewer, Model model, HttpServletResponse response) {
		ShareAddresses.keepPrivate(response);
		boolean employer = viewer != null && viewer.hasRole(Role.EMPLOYER);
		SharedRecord shared;
		try {
			try {
				shared = this.sharing.open(token, viewer, ShareView.Channel.PAGE, employer ? occupation : null);
			}
			catch (InvalidInputException unknownOccupation) {
				model.addAttribute("unknownOccupation", true);
				shared = this.sharing.open(token, viewer, ShareView.Channel.PAGE, null);
			}
		}
		catch (ShareGoneException gone) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("gone", gone);
			return "sharing/gone";
		}
		model.addAttribute("shared", shared);
		model.addAttribute("token", token);
		model.addAttribute("employer", employer);
		if (employer) {
			model.addAttribute("occupations", this.occupations.findAllByOrderByName());
			model.addAttribute("occupation", (occupation != null) ? occupation.trim() : "");
		}
		return "sharing/shared";
	}

	private String show(User learner, Model model) {
		List<ShareSummary> shares = this.sharing.of(learner);
		model.addAttribute("shares", shares);
		model.addAttribute("addresses", this.addresses);
		model.addAttribute("record", this.records.of(learner.getId()));
		model.addAttribute("minDays", ShareForm.MIN_DAYS);
		model.addAttribute("maxDays", ShareForm.MAX_DAYS);
		return "sharing/shares";
	}

}
