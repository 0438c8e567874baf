package org.cellpath.platform.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cellpath.platform.identity.AccessRules;
import org.cellpath.platform.identity.CurrentUser;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.notification.Notifications.Notification;
import org.cellpath.platform.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's notifications page, where they open them and mark them read. */
@Controller
class NotificationController {

	private final Notifications notifications;

	private final MessageSource messages;

	NotificationController(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@GetMapping("/me/notifications")
	String page(@CurrentUser User user, Locale locale, Model model) {
		model.addAttribute("notifications",
				this.notifications.of(user.getId()).stream().map((n) -> Shown.of(n, this.messages, locale)).toList());
		return "claims/notifications";
	}

	/** Marks the notification read and opens what it is about. */
	@PostMapping("/me/notifications/{id}/open")
	String open(@CurrentUser User user, @PathVariable long id) {
		Notification notification = this.notifications.markRead(user.getId(), id);
		if (notification == null) {
			throw new NotFoundException("You have no notification " + id);
		}
		return "redirect:" + ((notification.link() != null) ? notification.link() : "/me/notifications");
	}

	@PostMapping("/me/notifications/{id}/read")
	String read(@CurrentUser User user, @PathVariable long id) {
		if (this.notifications.markRead(user.getId(), id) == null) {
			throw new NotFoundException("You have no notification " + id);
		}
		return "redirect:/me/notifications";
	}

	@PostMapping("/me/notifications/read")
	String readAll(@CurrentUser User user) {
		this.notifications.markAllRead(user.getId());
		return "redirect:/me/notifications";
	}

	/** A notification as its reader sees it: in their language. */
	record Shown(long id, String text, String link, Instant createdAt, boolean read) {

		static Shown of(Notification notification, MessageSource messages, Locale locale) {
			return new Shown(notification.id(), messages.getMessage(notification.messageCode(),
					notification.arguments().toArray(), notification.messageCode(), locale), notification.link(),
					notification.createdAt(), notification.isRead());
		}

	}

	@RestController
	@Tag(name = "Notifications", description = "The signed-in person's in-app notifications")
	static class Api {

		private final Notifications notifications;

		private final MessageSource messages;

		Api(Notifications notifications, MessageSource messages) {
			this.notifications = notifications;
			this.messages = messages;
		}

		@GetMapping("/api/v1/me/notifications")
		@Operation(summary = "Your notifications, newest first, in your language (any signed-in person)")
		List<Shown> list(@CurrentUser User user, Locale locale) {
			return this.notifications.of(user.getId()).stream().map((n) -> Shown.of(n, this.messages, locale)).toList();
		}

		@PostMapping("/api/v1/me/notifications/{id}/read")
		@Operation(summary = "Mark one of your notifications read (any signed-in person)")
		Shown read(@CurrentUser User user, @PathVariable long id, Locale locale) {
			Notification notification = this.notifications.markRead(user.getId(), id);
			if (notification == null) {
				throw new NotFoundException("You have no notification " + id);
			}
			return Shown.of(notification, this.messages, locale);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Access {

		@Bean
		AccessRules notificationAccess() {
			return (paths) -> paths.requestMatchers("/me/notifications", "/me/notifications/**",
					"/api/v1/me/notifications", "/api/v1/me/notifications/**")
				.authenticated();
		}

	}

}
