package org.cellpath.platform.learning.claim;

import java.util.List;

/**
 * A new prior-learning claim, from the page or the API (multipart, without its files).
 *
 * @param outcomes the codes of the claimed learning outcomes
 * @param description what the learner did and learned, in their words
 * @param links web addresses of evidence (http or https), one per value or one per line
 * @param refereeName who gives a reference, e.g. a supervisor (optional, with the three after it)
 * @param refereeOrganisation where the referee works
 * @param refereeContact the referee's email address or phone number
 * @param refereeConfirms what the referee confirms
 */
public record ClaimForm(List<String> outcomes, String description, List<String> links, String refereeName,
		String refereeOrganisation, String refereeContact, String refereeConfirms) {

	public ClaimForm {
		outcomes = (outcomes != null)
				? outcomes.stream().filter((c) -> c != null && !c.isBlank()).map(String::trim).distinct().toList()
				: List.of();
		links = (links != null) ? List.copyOf(links.stream().filter((l) -> l != null).toList()) : List.of();
	}

	public static ClaimForm empty() {
		return new ClaimForm(List.of(), "", List.of(), "", "", "", "");
	}

	/** The referee's fields as one reference; its parts may be blank. */
	ReferenceInput reference() {
		return new ReferenceInput(this.refereeName, this.refereeOrganisation, this.refereeContact, this.refereeConfirms);
	}

	/** The links as the page's text area shows them, one per line. */
	public String linkLines() {
		return String.join("\n", this.links);
	}

}
