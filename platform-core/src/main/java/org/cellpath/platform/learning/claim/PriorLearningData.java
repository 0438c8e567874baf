package org.cellpath.platform.learning.claim;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cellpath.platform.learning.PersonalData;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's prior-learning claims take part in their data export (everything, files with their
 * content) and erasure (deleted whole). A teacher's part in other learners' claims stays in those
 * claims' trails without their name.
 */
@Component
class PriorLearningData implements PersonalData {

	private final ClaimStore store;

	PriorLearningData(ClaimStore store) {
		this.store = store;
	}

	@Override
	public String name() {
		return "priorLearningClaims";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(long userId) {
		return this.store.ofLearner(userId).stream().map(this::exported).toList();
	}

	private Map<String, Object> exported(Claim claim) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", claim.id());
		data.put("status", claim.status());
		data.put("description", claim.description());
		data.put("submittedAt", claim.submittedAt());
		data.put("updatedAt", claim.updatedAt());
		data.put("decidedAt", claim.decidedAt());
		data.put("assessor", (claim.assessor() != null) ? claim.assessor().displayName() : null);
		data.put("outcomes", claim.outcomes());
		data.put("links", claim.links());
		data.put("references", claim.references());
		data.put("files", claim.files().stream().map((file) -> {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("name", file.fileName());
			f.put("type", file.mediaType());
			f.put("size", file.sizeBytes());
			f.put("sha256", file.sha256());
			f.put("addedAt", file.addedAt());
			f.put("contentBase64", this.store.content(claim.id(), file.id())
				.map((bytes) -> Base64.getEncoder().encodeToString(bytes))
				.orElse(null));
			return f;
		}).toList());
		data.put("auditTrail", claim.trail()
			.stream()
			.map((event) -> {
				Map<String, Object> e = new LinkedHashMap<>();
				e.put("action", event.action());
				e.put("at", event.at());
				e.put("by", (event.actor() != null) ? event.actor().displayName() : null);
				e.put("note", event.note());
				return e;
			})
			.toList());
		return data;
	}

	@Override
	@Transactional
	public void erase(long userId) {
		this.store.deleteOfLearner(userId);
		this.store.forgetActor(userId);
	}

	@Override
	public List<String> retainedAfterErasure() {
		return List.of("claims.erasure.retained");
	}

}
