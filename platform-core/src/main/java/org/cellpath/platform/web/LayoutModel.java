package org.cellpath.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout needs on every page: the navigation the user may see and links that switch the
 * language of the current page.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

	private final List<NavigationLink> navigation;

	LayoutModel(List<NavigationLink> navigation) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
	}

	@ModelAttribute("navigationLinks")
	List<NavigationItem> navigationLinks(HttpServletRequest request) {
		Set<String> roles = roles(SecurityContextHolder.getContext().getAuthentication());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.navigation.stream()
			.filter((link) -> link.roles().isEmpty() || link.roles().stream().anyMatch(roles::contains))
			.map((link) -> new NavigationItem(link.path(), link.messageCode(),
					path.equals(link.path()) || path.startsWith(link.path() + "/")))
			.toList();
	}

	private static Set<String> roles(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return Set.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.collect(Collectors.toSet());
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(Locale current) {
		return Languages.SUPPORTED.stream()
			.map((language) -> new LanguageLink(language.getLanguage(), capitalised(language.getDisplayLanguage(language)),
					ServletUriComponentsBuilder.fromCurrentRequest()
						.replaceQueryParam("lang", language.getLanguage())
						.build()
						.toUriString(),
					language.getLanguage().equals(current.getLanguage())))
			.toList();
	}

	private static String capitalised(String name) {
		return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
	}

	/** A navigation entry for this page: where it leads, what it is called, whether it is where we are. */
	record NavigationItem(String path, String messageCode, boolean current) {
	}

	/** A link to the current page in one language, named in that language. */
	record LanguageLink(String code, String name, String href, boolean current) {
	}

}
