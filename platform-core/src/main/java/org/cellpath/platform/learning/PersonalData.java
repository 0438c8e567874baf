package org.cellpath.platform.learning;

import java.util.List;

/**
 * Personal data that a module holds about a user. Every implementation in the context takes part
 * when a learner downloads their data (GDPR art. 15 and 20) and when they erase their account
 * (art. 17). Modules outside platform-core implement it for what they store (e.g. unit attempts,
 * issued credentials).
 */
public interface PersonalData {

	/** A short, stable name for this data: its key in the export, e.g. {@code unitAttempts}. */
	String name();

	/** Everything stored about the user, as values a JSON mapper writes (records, lists, maps). */
	Object export(long userId);

	/**
	 * Erases the user's personal data, in the transaction of the erasure. What must remain (e.g.
	 * the status of an issued credential) is kept without anything that identifies the person.
	 */
	void erase(long userId);

	/**
	 * Message codes (in the implementing module's bundle) that each say, in a sentence, what this
	 * module keeps after erasure and why; empty when nothing remains.
	 */
	default List<String> retainedAfterErasure() {
		return List.of();
	}

}
