package org.cellpath.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Boots the platform core alone for its tests. When the whole application is on the class path
 * (deploy's tests see these test classes too), the application's own configuration is used and
 * this one steps aside, so nothing is registered twice.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@ConditionalOnMissingClass("org.cellpath.CellpathApplication")
public class PlatformTestApplication {

}
