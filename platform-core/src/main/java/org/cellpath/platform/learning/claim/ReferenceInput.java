package org.cellpath.platform.learning.claim;

/** A referee's fields as typed; all blank means no reference. */
record ReferenceInput(String name, String organisation, String contact, String confirms) {

	ReferenceInput {
		name = trimmed(name);
		organisation = trimmed(organisation);
		contact = trimmed(contact);
		confirms = trimmed(confirms);
	}

	boolean isEmpty() {
		return this.name.isEmpty() && this.organisation.isEmpty() && this.contact.isEmpty() && this.confirms.isEmpty();
	}

	private static String trimmed(String value) {
		return (value != null) ? value.trim() : "";
	}

}
