package org.cellpath.platform.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.learning.EvidenceType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The transcript and the pages name every skill category, evidence type and retained datum in all three languages. */
class PrivacyMessagesTests {

	@Test
	void everyNameTheTranscriptAndErasureLookUpExistsInEveryLanguage() throws IOException {
		List<String> wanted = new ArrayList<>();
		for (SkillCategory category : SkillCategory.values()) {
			wanted.add("privacy.category." + category);
		}
		for (EvidenceType type : EvidenceType.values()) {
			wanted.add("privacy.evidence." + type);
		}
		// Named where pages show something an erased person did, e.g. a skill need they recorded.
		wanted.add("privacy.erasedPerson");
		wanted.addAll(new ProfileData(null, null).retainedAfterErasure());
		wanted.addAll(new LearningAccountData(null).retainedAfterErasure());
		wanted.addAll(new StatedDemandData(null).retainedAfterErasure());
		for (String suffix : List.of("", "_sv", "_fi")) {
			assertThat(bundle("i18n/privacy" + suffix + ".properties").stringPropertyNames())
				.as("keys of privacy" + suffix)
				.containsAll(wanted);
		}
	}

	private static Properties bundle(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PrivacyMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
