package org.cellpath.platform.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API bearer tokens.
 *
 * @param secret base64 HMAC key of at least 32 bytes shared by every instance; when empty, a
 * random one is made at start-up and tokens end with the process
 * @param lifetime how long a token is accepted
 */
@ConfigurationProperties("cellpath.security.tokens")
public record TokenSettings(String secret, @DefaultValue("15m") Duration lifetime) {
}
