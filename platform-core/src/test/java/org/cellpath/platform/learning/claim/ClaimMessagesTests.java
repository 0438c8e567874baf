package org.cellpath.platform.learning.claim;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every status and audit action a page names by its enum value has a message in each language. */
class ClaimMessagesTests {

	@Test
	void everyStatusAndActionHasAMessageInEnglishSwedishAndFinnish() throws IOException {
		List<String> keys = new ArrayList<>();
		for (ClaimStatus status : ClaimStatus.values()) {
			keys.add(status.messageKey());
		}
		for (ClaimAction action : ClaimAction.values()) {
			keys.add(action.messageKey());
		}
		for (String bundle : List.of("claims", "claims_sv", "claims_fi")) {
			Properties messages = new Properties();
			try (var in = new InputStreamReader(new ClassPathResource("i18n/" + bundle + ".properties").getInputStream(),
					StandardCharsets.UTF_8)) {
				messages.load(in);
			}
			assertThat(messages.stringPropertyNames()).as(bundle).containsAll(keys);
		}
	}

}
