package org.cellpath.platform.learning;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Learning a learner has started and not finished, shown in the learning account. Course content
 * implements it for units; every implementation in the context contributes.
 */
public interface LearningInProgress {

	/** What the learner has in progress, most recent first, titled in the given language where possible. */
	List<Activity> inProgress(long learnerId, Locale locale);

	/**
	 * One thing in progress.
	 * @param title what it is called
	 * @param href where the learner continues it (a path on this platform)
	 * @param percentDone how far the learner got, 0 to 100
	 * @param lastActivity when the learner last worked on it
	 */
	record Activity(String title, String href, int percentDone, Instant lastActivity) {
	}

}
