package org.cellpath.course;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Boots course content with the platform core for this module's tests. The platform's own test
 * application lives in {@code org.cellpath.platform} and is not shared, so this one scans all of
 * {@code org.cellpath}; entities and repositories come from both packages. The scan also brings the platform's
 * test fixtures ({@code TestUsers}, {@code TestFramework}).
 */
@SpringBootApplication(scanBasePackages = "org.cellpath")
@AutoConfigurationPackage(basePackages = { "org.cellpath.course", "org.cellpath.platform" })
@ConfigurationPropertiesScan("org.cellpath")
public class CourseTestApplication {

}
