package org.cellpath.platform.learning.claim;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the evidence of a claim.
 *
 * @param maxFileSize the largest file accepted
 * @param maxFiles the most files one claim holds
 * @param maxLinks the most links one claim holds
 */
@ConfigurationProperties("cellpath.claims")
public record ClaimSettings(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("5") int maxFiles,
		@DefaultValue("20") int maxLinks) {

	/** The file size limit in whole MiB, for messages. */
	public long maxFileMegabytes() {
		return this.maxFileSize.toMegabytes();
	}

}
