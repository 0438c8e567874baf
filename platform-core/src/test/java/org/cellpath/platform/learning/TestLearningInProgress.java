package org.cellpath.platform.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Learning in progress for tests, as course content reports it for units: tests say what a
 * learner has in progress; everyone else has nothing.
 */
@Component
public class TestLearningInProgress implements LearningInProgress {

	private final Map<Long, List<Activity>> activities = new ConcurrentHashMap<>();

	/** Records that the learner has this in progress. */
	public void started(long learnerId, Activity activity) {
		this.activities.computeIfAbsent(learnerId, (id) -> new ArrayList<>()).add(activity);
	}

	@Override
	public List<Activity> inProgress(long learnerId, Locale locale) {
		return List.copyOf(this.activities.getOrDefault(learnerId, List.of()));
	}

}
