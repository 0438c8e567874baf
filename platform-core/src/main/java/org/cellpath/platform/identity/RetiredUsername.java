package org.cellpath.platform.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The username of an erased account, kept only as a one-way digest so that it is never given to
 * someone else: a new person under an old name could pass as the one who erased it, and sessions
 * or API tokens issued under that name must stay dead.
 */
@Entity
public class RetiredUsername {

	@Id
	private String digest;

	protected RetiredUsername() {
	}

	RetiredUsername(String username) {
		this.digest = digestOf(username);
	}

	/** The SHA-256 digest, in hex, of a username (usernames are lower case; case does not matter). */
	static String digestOf(String username) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("cellpath-retired-username:" + username.toLowerCase(Locale.ROOT))
					.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
