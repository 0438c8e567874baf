package org.cellpath.platform.learning.sharing;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address a learner hands out for a link, and the headers every shared record goes out with.
 * Links are built on {@code cellpath.base-url} when it is set, else on the current request.
 */
@Component
public class ShareAddresses {

	private final String baseUrl;

	ShareAddresses(@Value("${cellpath.base-url:}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The full address of the shared record with this token. */
	public String url(String token) {
		if (this.baseUrl.isBlank()) {
			return ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/shared/{token}")
				.buildAndExpand(token)
				.toUriString();
		}
		return this.baseUrl + "/shared/" + token;
	}

	/**
	 * Keeps a shared record out of search engines, caches and the Referer header of links followed
	 * from it, since its address is all that protects it.
	 */
	static void keepPrivate(HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex, nofollow, noarchive");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
	}

}
