package org.cellpath.platform.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises the account of a person who erases it. The row stays with a random username and
 * nothing else about the person, so that ids others refer to stay valid; the old username is
 * retired for good, which also ends every session and API token issued under it.
 */
@Service
public class ErasedAccounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Users users;

	private final RetiredUsernames retired;

	private final Clock clock;

	ErasedAccounts(Users users, RetiredUsernames retired, Clock clock) {
		this.users = users;
		this.retired = retired;
		this.clock = clock;
	}

	/** Anonymises the account; call it in the transaction that erases the rest of the person's data. */
	@Transactional
	public ErasedAccount anonymise(long userId) {
		User user = this.users.findById(userId)
			.filter((found) -> !found.isErased())
			.orElseThrow(() -> new IllegalStateException("No account " + userId + " to erase"));
		this.retired.save(new RetiredUsername(user.getUsername()));
		Instant now = this.clock.instant();
		user.erase(anonymousUsername(), now);
		this.users.flush();
		return new ErasedAccount(user.getId(), now);
	}

	private static String anonymousUsername() {
		byte[] random = new byte[12];
		RANDOM.nextBytes(random);
		return "erased-" + HexFormat.of().formatHex(random);
	}

	/**
	 * What is left of an erased account.
	 * @param number the anonymous account number (the row's id) that issued credentials refer to
	 * @param erasedAt when it was erased
	 */
	public record ErasedAccount(long number, Instant erasedAt) {
	}

}
