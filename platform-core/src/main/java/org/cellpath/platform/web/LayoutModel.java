package org.cellpath.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout needs on every page: links that switch the language of the current page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

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

	/** A link to the current page in one language, named in that language. */
	record LanguageLink(String code, String name, String href, boolean current) {
	}

}
