package org.cellpath.platform.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/**
 * A person who signs in to Cellpath. Teachers, provider admins and employers belong to an
 * organisation; region coordinators to a region.
 */
@Entity
@Table(name = "app_user")
public class User {

	/** Failed sign-ins in a row after which the account is locked for a while. */
	public static final int MAX_FAILED_SIGN_INS = 5;

	/** How long an account stays locked after too many failed sign-ins. */
	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String displayName;

	private String email;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 100)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation organisation;

	@ManyToOne(fetch = FetchType.LAZY)
	private Region region;

	private String locale;

	private int failedSignIns;

	private Instant lockedUntil;

	private boolean enabled = true;

	private Instant createdAt;

	private Instant erasedAt;

	@Version
	private long version;

	protected User() {
	}

	public User(String username, String passwordHash, String displayName, String email, Set<Role> roles) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.email = email;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public Region getRegion() {
		return this.region;
	}

	/** The language the person chose, or null when they have not chosen one. */
	public Locale getLocale() {
		return (this.locale != null) ? Locale.forLanguageTag(this.locale) : null;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** When the person erased the account, or null while it is in use. */
	public Instant getErasedAt() {
		return this.erasedAt;
	}

	public boolean isErased() {
		return this.erasedAt != null;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public int getFailedSignIns() {
		return this.failedSignIns;
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	public void assignTo(Organisation organisation) {
		this.organisation = organisation;
	}

	public void coordinate(Region region) {
		this.region = region;
	}

	public void chooseLocale(Locale locale) {
		this.locale = (locale != null) ? locale.toLanguageTag() : null;
	}

	public void updateProfile(String displayName, String email) {
		this.displayName = displayName;
		this.email = email;
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/** Counts a failed sign-in and locks the account once there were too many in a row. */
	public void signInFailed(Instant now) {
		if (isLocked(now)) {
			return;
		}
		this.failedSignIns++;
		if (this.failedSignIns >= MAX_FAILED_SIGN_INS) {
			this.lockedUntil = now.plus(LOCK_DURATION);
			this.failedSignIns = 0;
		}
	}

	public void signedIn() {
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	/**
	 * Removes everything that identifies the person and closes the account for good. The row stays
	 * only so that ids others hold (issued credentials, evidence the person assessed) stay valid.
	 * @param anonymousUsername a random username that nobody can guess or sign in with
	 */
	void erase(String anonymousUsername, Instant now) {
		this.username = anonymousUsername;
		this.passwordHash = null;
		this.displayName = null;
		this.email = null;
		this.roles.clear();
		this.organisation = null;
		this.region = null;
		this.locale = null;
		this.failedSignIns = 0;
		this.lockedUntil = null;
		this.enabled = false;
		this.erasedAt = now;
	}

	/** Lifts a lock before it runs out, e.g. by a platform admin. */
	public void unlock() {
		signedIn();
	}

}
