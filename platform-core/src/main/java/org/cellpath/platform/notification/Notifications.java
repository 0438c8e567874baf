package org.cellpath.platform.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends in-app notifications and keeps track of what each person has read. A notification is a
 * message code of the sender's bundle with its arguments, so that each reader sees it in their
 * own language, and an optional link to a page of Cellpath.
 */
@Service
public class Notifications {

	/** The most a person's notifications page lists. */
	public static final int LIST_LIMIT = 200;

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final String SELECT = "SELECT id, message_code, arguments, link, created_at, read_at FROM notification";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	Notifications(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Notifies one person, in the caller's transaction (a notification about something that did not
	 * happen is never sent).
	 * @param recipientId who is notified
	 * @param messageCode the message, e.g. {@code claims.notification.approved}
	 * @param link a path on this platform to open, e.g. {@code /me/prior-learning/3}, or null
	 * @param arguments the message's arguments, as text
	 */
	@Transactional
	public void notify(long recipientId, String messageCode, String link, String... arguments) {
		Objects.requireNonNull(messageCode, "messageCode");
		// Only links within Cellpath: a notification must never send its reader elsewhere.
		if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\"))) {
			throw new IllegalArgumentException("A notification links to a path of this platform, not " + link);
		}
		this.jdbc.update(
				"INSERT INTO notification (recipient_id, message_code, arguments, link, created_at) VALUES (?, ?, ?, ?, ?)",
				recipientId, messageCode, this.json.writeValueAsString(Arrays.asList(arguments)), link,
				Timestamp.from(this.clock.instant()));
	}

	/** How many notifications the person has not read. */
	@Transactional(readOnly = true)
	public long unreadCount(long userId) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND read_at IS NULL", Long.class, userId);
	}

	/** How many notifications the person signed in under the username has not read. */
	@Transactional(readOnly = true)
	public long unreadCount(String username) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id"
				+ " WHERE u.username = ? AND n.read_at IS NULL", Long.class, username);
	}

	/** The person's notifications, newest first, at most {@link #LIST_LIMIT}. */
	@Transactional(readOnly = true)
	public List<Notification> of(long userId) {
		return this.jdbc.query(SELECT + " WHERE recipient_id = ? ORDER BY created_at DESC, id DESC LIMIT " + LIST_LIMIT,
				this::notification, userId);
	}

	private Notification notification(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		Timestamp read = row.getTimestamp("read_at");
		return new Notification(row.getLong("id"), row.getString("message_code"),
				this.json.readValue(row.getString("arguments"), STRINGS), row.getString("link"),
				row.getTimestamp("created_at").toInstant(), (read != null) ? read.toInstant() : null);
	}

	/** Everything ever sent to the person and not deleted, oldest first (for their data export). */
	@Transactional(readOnly = true)
	public List<Notification> everythingSentTo(long userId) {
		return this.jdbc.query(SELECT + " WHERE recipient_id = ? ORDER BY created_at, id", this::notification, userId);
	}

	/**
	 * Marks one of the person's notifications read.
	 * @return the notification, or null when the person has no notification with that id
	 */
	@Transactional
	public Notification markRead(long userId, long notificationId) {
		this.jdbc.update("UPDATE notification SET read_at = ? WHERE id = ? AND recipient_id = ? AND read_at IS NULL",
				Timestamp.from(this.clock.instant()), notificationId, userId);
		return this.jdbc.query(SELECT + " WHERE id = ? AND recipient_id = ?", this::notification, notificationId, userId)
			.stream()
			.findFirst()
			.orElse(null);
	}

	/** Marks all of the person's notifications read; returns how many were unread. */
	@Transactional
	public int markAllRead(long userId) {
		return this.jdbc.update("UPDATE notification SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL",
				Timestamp.from(this.clock.instant()), userId);
	}

	/** Deletes everything sent to the person (when their account is erased). */
	@Transactional
	public int deleteAllOf(long userId) {
		return this.jdbc.update("DELETE FROM notification WHERE recipient_id = ?", userId);
	}

	/**
	 * One notification.
	 * @param id its id
	 * @param messageCode its message in the message bundles
	 * @param arguments the message's arguments
	 * @param link the path it leads to, or null
	 * @param createdAt when it was sent
	 * @param readAt when its reader marked it read, or null
	 */
	public record Notification(long id, String messageCode, List<String> arguments, String link, Instant createdAt,
			Instant readAt) {

		public boolean isRead() {
			return this.readAt != null;
		}

	}

}
