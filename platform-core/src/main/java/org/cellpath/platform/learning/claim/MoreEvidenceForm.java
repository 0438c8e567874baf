package org.cellpath.platform.learning.claim;

import java.util.List;

/**
 * Evidence a learner adds to an open claim (after a teacher asked for more, or while it waits),
 * from the page or the API (multipart, without its files). Adding evidence submits the claim again.
 *
 * @param note what the learner added and why, for the assessor
 * @param links further web addresses (http or https)
 * @param refereeName a further referee (optional, with the three after it)
 * @param refereeOrganisation where the referee works
 * @param refereeContact the referee's email address or phone number
 * @param refereeConfirms what the referee confirms
 */
public record MoreEvidenceForm(String note, List<String> links, String refereeName, String refereeOrganisation,
		String refereeContact, String refereeConfirms) {

	public MoreEvidenceForm {
		links = (links != null) ? List.copyOf(links.stream().filter((l) -> l != null).toList()) : List.of();
	}

	public static MoreEvidenceForm empty() {
		return new MoreEvidenceForm("", List.of(), "", "", "", "");
	}

	ReferenceInput reference() {
		return new ReferenceInput(this.refereeName, this.refereeOrganisation, this.refereeContact, this.refereeConfirms);
	}

	public String linkLines() {
		return String.join("\n", this.links);
	}

}
