package org.cellpath.platform.learning.workplace;

import org.cellpath.platform.learning.PersonalData;

import org.springframework.stereotype.Component;

/**
 * Work-based assessments of a learner take part in their export and erasure; those a teacher
 * recorded about others stay with those learners, without the teacher.
 */
@Component
class WorkBasedData implements PersonalData {

	private final WorkBasedAssessments assessments;

	WorkBasedData(WorkBasedAssessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public String name() {
		return "workBasedAssessments";
	}

	@Override
	public Object export(long userId) {
		return this.assessments.about(userId);
	}

	@Override
	public void erase(long userId) {
		this.assessments.erase(userId);
	}

	@Override
	public java.util.List<String> retainedAfterErasure() {
		return java.util.List.of("claims.erasure.retainedWorkBased");
	}

}
