package org.cellpath.platform.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.learning.PersonalData;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a learner's account in one transaction, once they confirmed it with their username and
 * password: every module's personal data goes, then the learning account, then the account is
 * anonymised (that order, since the others may refer to attainments and to the account). Anything
 * failing rolls all of it back.
 */
@Service
class AccountErasure {

	private final List<PersonalData> holders;

	private final LearningAccountData learningAccount;

	private final ProfileData profile;

	private final Users users;

	private final PasswordEncoder passwords;

	private final JdbcTemplate jdbc;

	AccountErasure(List<PersonalData> holders, LearningAccountData learningAccount, ProfileData profile, Users users,
			PasswordEncoder passwords, JdbcTemplate jdbc) {
		this.holders = List.copyOf(holders);
		this.learningAccount = learningAccount;
		this.profile = profile;
		this.users = users;
		this.passwords = passwords;
		this.jdbc = jdbc;
	}

	/** The message codes that each say what remains after erasure, the learning account's and profile's last. */
	List<String> retainedAfterErasure() {
		Set<String> codes = new LinkedHashSet<>();
		inOrder().forEach((holder) -> codes.addAll(holder.retainedAfterErasure()));
		return List.copyOf(codes);
	}

	/**
	 * Erases the account after checking the confirmation.
	 * @throws InvalidInputException when the username or password is not the person's; nothing changes then
	 */
	@Transactional
	public Erased erase(long userId, Confirmation confirmation) {
		// Two erasures at once (a double click) queue on the account's row; the second finds it erased.
		this.jdbc.queryForObject("SELECT id FROM app_user WHERE id = ? FOR UPDATE", Long.class, userId);
		User user = this.users.findById(userId).orElseThrow();
		if (user.isErased()) {
			throw new InvalidInputException("username", "privacy.erase.username.wrong", "the account is already erased");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (!user.getUsername().equals(trimmed(confirmation.username()))) {
			problems.add(new FieldProblem("username", "privacy.erase.username.wrong",
					"type your username exactly as you sign in with it"));
		}
		if (confirmation.password() == null || user.getPasswordHash() == null
				|| !this.passwords.matches(confirmation.password(), user.getPasswordHash())) {
			problems.add(new FieldProblem("password", "privacy.erase.password.wrong", "the password is not right"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<String> retained = retainedAfterErasure();
		inOrder().forEach((holder) -> holder.erase(userId));
		forgetCompletedEvents(userId);
		User erased = this.users.findById(userId).orElseThrow();
		return new Erased(erased.getId(), erased.getErasedAt(), retained);
	}

	private List<PersonalData> inOrder() {
		List<PersonalData> ordered = new ArrayList<>(this.holders);
		ordered.removeIf((holder) -> holder == this.learningAccount || holder == this.profile);
		ordered.add(this.learningAccount);
		ordered.add(this.profile);
		return ordered;
	}

	/**
	 * Completed event publications are history that Spring Modulith keeps; those about the person
	 * (e.g. an outcome they attained, with where the evidence came from) go. Publications not yet
	 * completed stay, so that their listeners still run; those find the account erased.
	 */
	private void forgetCompletedEvents(long userId) {
		this.jdbc.update("DELETE FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NOT NULL"
				+ " AND SERIALIZED_EVENT REGEXP ?", "\"[A-Za-z]*([Ll]earner|[Uu]ser|[Hh]older)Id\":" + userId + "[,}]");
	}

	private static String trimmed(String value) {
		return (value != null) ? value.trim() : null;
	}

	/** What the person typed to confirm. */
	record Confirmation(String username, String password) {
	}

	/**
	 * What is left of an erased account.
	 * @param accountNumber the anonymous account number that issued credentials refer to
	 * @param erasedAt when the account was erased
	 * @param retained the message codes that each say what else remains, and why
	 */
	record Erased(long accountNumber, Instant erasedAt, List<String> retained) {
	}

}
