package org.cellpath.platform.identity;

/** The kinds of organisation on Cellpath. */
public enum OrganisationType {

	/** An education provider: vocational college, adult education centre, university. */
	PROVIDER,

	/** A company that employs the people trained. */
	EMPLOYER

}
