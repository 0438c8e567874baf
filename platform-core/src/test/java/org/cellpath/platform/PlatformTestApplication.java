package org.cellpath.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Boots the platform core alone for its tests. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlatformTestApplication {

}
