package org.cellpath.course.authoring;

import java.util.Locale;

/**
 * Lets only web addresses into the preview's links and images: a {@code javascript:} address
 * typed into a block must not run when someone clicks it, even before the validator refuses it.
 */
final class SafeLinks {

	static final SafeLinks INSTANCE = new SafeLinks();

	private SafeLinks() {
	}

	/** The address when it is http or https, otherwise null (the link then has no target). */
	public String of(String url) {
		if (url == null) {
			return null;
		}
		String lower = url.strip().toLowerCase(Locale.ROOT);
		return (lower.startsWith("https://") || lower.startsWith("http://")) ? url.strip() : null;
	}

}
