package org.cellpath.platform.learning.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cellpath.platform.learning.claim.Claim.ClaimedOutcome;
import org.cellpath.platform.learning.claim.Claim.EvidenceFile;
import org.cellpath.platform.learning.claim.Claim.Event;
import org.cellpath.platform.learning.claim.Claim.Link;
import org.cellpath.platform.learning.claim.Claim.Person;
import org.cellpath.platform.learning.claim.Claim.Reference;
import org.cellpath.platform.learning.claim.EvidenceCheck.CheckedFile;
import org.cellpath.platform.learning.claim.EvidenceCheck.CheckedReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The claims and their evidence in the database. Plain SQL: a claim is read whole (with its
 * parts, a query per part for a whole list of claims) and written piece by piece as evidence
 * arrives; file content is read only when a file is downloaded.
 */
@Repository
class ClaimStore {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	ClaimStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	long create(long learnerId, String description, Instant now) {
		return insert("INSERT INTO prior_learning_claim (learner_id, status, description, submitted_at, updated_at)"
				+ " VALUES (?, 'SUBMITTED', ?, ?, ?)", learnerId, description, Timestamp.from(now), Timestamp.from(now));
	}

	void addOutcomes(long claimId, Collection<Long> outcomeIds) {
		outcomeIds.forEach((outcomeId) -> this.jdbc
			.update("INSERT INTO prior_learning_claim_outcome (claim_id, outcome_id) VALUES (?, ?)", claimId, outcomeId));
	}

	void addLink(long claimId, String url, Instant now) {
		this.jdbc.update("INSERT INTO prior_learning_claim_link (claim_id, url, added_at) VALUES (?, ?, ?)", claimId,
				url, Timestamp.from(now));
	}

	void addReference(long claimId, CheckedReference reference, Instant now) {
		this.jdbc.update("INSERT INTO prior_learning_claim_reference (claim_id, name, organisation, contact, confirms,"
				+ " added_at) VALUES (?, ?, ?, ?, ?, ?)", claimId, reference.name(), reference.organisation(),
				reference.contact(), reference.confirms(), Timestamp.from(now));
	}

	long addFile(long claimId, CheckedFile file, Instant now) {
		long fileId = insert("INSERT INTO prior_learning_claim_file (claim_id, file_name, media_type, size_bytes, sha256,"
				+ " added_at) VALUES (?, ?, ?, ?, ?, ?)", claimId, file.fileName(), file.mediaType(),
				(long) file.content().length, file.sha256(), Timestamp.from(now));
		this.jdbc.update("INSERT INTO prior_learning_claim_file_content (file_id, content) VALUES (?, ?)", fileId,
				file.content());
		return fileId;
	}

	void record(long claimId, Long actorId, ClaimAction action, String note, Instant now) {
		this.jdbc.update("INSERT INTO prior_learning_claim_event (claim_id, actor_id, happened_at, action, note)"
				+ " VALUES (?, ?, ?, ?, ?)", claimId, actorId, Timestamp.from(now), action.name(), note);
	}

	/** Moves a claim from one status to another; false when it was no longer in the first. */
	boolean move(long claimId, ClaimStatus from, ClaimStatus to, Long assessorId, Instant now) {
		boolean decided = to == ClaimStatus.APPROVED || to == ClaimStatus.REJECTED;
		return this.jdbc.update("UPDATE prior_learning_claim SET status = ?, updated_at = ?, version = version + 1,"
				+ " assessor_id = COALESCE(?, assessor_id), decided_at = ? WHERE id = ? AND status = ?", to.name(),
				Timestamp.from(now), assessorId, decided ? Timestamp.from(now) : null, claimId, from.name()) == 1;
	}

	void touch(long claimId, Instant now) {
		this.jdbc.update("UPDATE prior_learning_claim SET updated_at = ?, version = version + 1 WHERE id = ?",
				Timestamp.from(now), claimId);
	}

	Optional<Claim> find(long claimId) {
		return load("c.id = :id", Map.of("id", claimId)).stream().findFirst();
	}

	/** Locks the claim's row for the rest of the transaction and returns its status. */
	Optional<ClaimStatus> lock(long claimId) {
		return this.jdbc.queryForList("SELECT status FROM prior_learning_claim WHERE id = ? FOR UPDATE", String.class, claimId)
			.stream()
			.findFirst()
			.map(ClaimStatus::valueOf);
	}

	List<Claim> ofLearner(long learnerId) {
		return load("c.learner_id = :learner", Map.of("learner", learnerId));
	}

	List<Claim> inStatus(ClaimStatus status) {
		return load("c.status = :status", Map.of("status", status.name()));
	}

	int fileCount(long claimId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM prior_learning_claim_file WHERE claim_id = ?",
				Integer.class, claimId);
	}

	int linkCount(long claimId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM prior_learning_claim_link WHERE claim_id = ?",
				Integer.class, claimId);
	}

	Optional<byte[]> content(long claimId, long fileId) {
		return this.jdbc.queryForList("SELECT fc.content FROM prior_learning_claim_file_content fc"
				+ " JOIN prior_learning_claim_file f ON f.id = fc.file_id WHERE f.id = ? AND f.claim_id = ?", byte[].class,
				fileId, claimId).stream().findFirst();
	}

	/** Deletes the learner's claims with everything in them (the parts go by cascade). */
	int deleteOfLearner(long learnerId) {
		return this.jdbc.update("DELETE FROM prior_learning_claim WHERE learner_id = ?", learnerId);
	}

	/** Removes the person from claims they acted on as someone else than the learner. */
	void forgetActor(long userId) {
		this.jdbc.update("UPDATE prior_learning_claim_event SET actor_id = NULL WHERE actor_id = ?", userId);
		this.jdbc.update("UPDATE prior_learning_claim SET assessor_id = NULL WHERE assessor_id = ?", userId);
	}

	private List<Claim> load(String where, Map<String, ?> parameters) {
		Map<Long, ClaimRow> rows = new LinkedHashMap<>();
		this.named.query("SELECT c.*, l.username AS l_username, l.display_name AS l_name, a.username AS a_username,"
				+ " a.display_name AS a_name FROM prior_learning_claim c JOIN app_user l ON l.id = c.learner_id"
				+ " LEFT JOIN app_user a ON a.id = c.assessor_id WHERE " + where + " ORDER BY c.submitted_at DESC, c.id DESC",
				parameters, (ResultSet row) -> {
					rows.put(row.getLong("id"), new ClaimRow(row));
				});
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, Object> ids = Map.of("ids", rows.keySet());
		this.named.query("SELECT co.claim_id, o.id, o.code, o.statement, o.eqf_level FROM prior_learning_claim_outcome co"
				+ " JOIN learning_outcome o ON o.id = co.outcome_id WHERE co.claim_id IN (:ids) ORDER BY o.code", ids,
				(ResultSet row) -> {
					rows.get(row.getLong("claim_id")).outcomes.add(new ClaimedOutcome(row.getLong("id"),
							row.getString("code"), row.getString("statement"), row.getInt("eqf_level")));
				});
		this.named.query("SELECT claim_id, url, added_at FROM prior_learning_claim_link WHERE claim_id IN (:ids) ORDER BY id",
				ids, (ResultSet row) -> {
					rows.get(row.getLong("claim_id")).links.add(new Link(row.getString("url"), instant(row, "added_at")));
				});
		this.named.query("SELECT * FROM prior_learning_claim_reference WHERE claim_id IN (:ids) ORDER BY id", ids,
				(ResultSet row) -> {
					rows.get(row.getLong("claim_id")).references.add(new Reference(row.getString("name"),
							row.getString("organisation"), row.getString("contact"), row.getString("confirms"),
							instant(row, "added_at")));
				});
		this.named.query("SELECT id, claim_id, file_name, media_type, size_bytes, sha256, added_at"
				+ " FROM prior_learning_claim_file WHERE claim_id IN (:ids) ORDER BY id", ids, (ResultSet row) -> {
					rows.get(row.getLong("claim_id")).files.add(new EvidenceFile(row.getLong("id"),
							row.getString("file_name"), row.getString("media_type"), row.getLong("size_bytes"),
							row.getString("sha256"), instant(row, "added_at")));
				});
		this.named.query("SELECT e.claim_id, e.actor_id, e.happened_at, e.action, e.note, u.username, u.display_name"
				+ " FROM prior_learning_claim_event e LEFT JOIN app_user u ON u.id = e.actor_id"
				+ " WHERE e.claim_id IN (:ids) ORDER BY e.happened_at, e.id", ids, (ResultSet row) -> {
					rows.get(row.getLong("claim_id")).trail.add(new Event(ClaimAction.valueOf(row.getString("action")),
							person(row, "actor_id", "username", "display_name"), instant(row, "happened_at"),
							row.getString("note")));
				});
		return rows.values().stream().map(ClaimRow::claim).toList();
	}

	private long insert(String sql, Object... values) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Person person(ResultSet row, String idColumn, String usernameColumn, String nameColumn)
			throws SQLException {
		long id = row.getLong(idColumn);
		return row.wasNull() ? null : new Person(id, row.getString(usernameColumn), row.getString(nameColumn));
	}

	/** A claim's row while its parts are collected. */
	private static final class ClaimRow {

		final long id;

		final Person learner;

		final ClaimStatus status;

		final String description;

		final Instant submittedAt;

		final Instant updatedAt;

		final Person assessor;

		final Instant decidedAt;

		final List<ClaimedOutcome> outcomes = new ArrayList<>();

		final List<Link> links = new ArrayList<>();

		final List<Reference> references = new ArrayList<>();

		final List<EvidenceFile> files = new ArrayList<>();

		final List<Event> trail = new ArrayList<>();

		ClaimRow(ResultSet row) throws SQLException {
			this.id = row.getLong("id");
			this.learner = person(row, "learner_id", "l_username", "l_name");
			this.status = ClaimStatus.valueOf(row.getString("status"));
			this.description = row.getString("description");
			this.submittedAt = instant(row, "submitted_at");
			this.updatedAt = instant(row, "updated_at");
			this.assessor = person(row, "assessor_id", "a_username", "a_name");
			this.decidedAt = instant(row, "decided_at");
		}

		Claim claim() {
			return new Claim(this.id, this.learner, this.status, this.description, this.submittedAt, this.updatedAt,
					this.assessor, this.decidedAt, List.copyOf(this.outcomes), List.copyOf(this.links),
					List.copyOf(this.references), List.copyOf(this.files), List.copyOf(this.trail));
		}

	}

}
