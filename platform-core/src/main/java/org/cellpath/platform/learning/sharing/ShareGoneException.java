package org.cellpath.platform.learning.sharing;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The share link existed but has expired or was revoked: 410 Gone. */
public class ShareGoneException extends ErrorResponseException {

	private final ShareLink.Status status;

	private final Instant endedAt;

	ShareGoneException(ShareLink.Status status, Instant endedAt) {
		super(HttpStatus.GONE, problem(status), null);
		this.status = status;
		this.endedAt = endedAt;
	}

	private static ProblemDetail problem(ShareLink.Status status) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
				(status == ShareLink.Status.REVOKED) ? "The learner has revoked this share link."
						: "This share link has expired.");
		problem.setTitle("Share link ended");
		return problem;
	}

	/** Whether the link expired or was revoked. */
	public ShareLink.Status getStatus() {
		return this.status;
	}

	/** When it ended. */
	public Instant getEndedAt() {
		return this.endedAt;
	}

}
