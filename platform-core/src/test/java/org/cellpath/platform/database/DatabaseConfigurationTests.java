package org.cellpath.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which database the platform connects to: a configured URL wins; otherwise a test server when one
 * is named, else the embedded MariaDB (which the other tests use unless a test server is named).
 */
class DatabaseConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DatabaseConfiguration.class));

	@Test
	void aConfiguredDatasourceUrlIsLeftToSpringBoot() {
		this.context.withPropertyValues("spring.datasource.url=jdbc:mariadb://db.example:3306/cellpath")
			.run((started) -> assertThat(started).doesNotHaveBean(JdbcConnectionDetails.class)
				.doesNotHaveBean(DatabaseSettings.class));
	}

	@Test
	void withoutAUrlThePlatformProvidesTheConnection() {
		// Lazily, so that this test does not start a server of its own.
		this.context.withInitializer((started) -> started
			.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
			.withPropertyValues("cellpath.database.temporary=true")
			.run((started) -> assertThat(started).hasSingleBean(JdbcConnectionDetails.class)
				.hasSingleBean(DatabaseSettings.class));
	}

}
