package org.cellpath.platform.database;

import org.junit.jupiter.api.Test;

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
	void withoutAUrlOrTestServerTheEmbeddedServerIsUsed() {
		this.context.withPropertyValues("cellpath.database.temporary=true", "cellpath.database.test-server.url=")
			.run((started) -> {
				JdbcConnectionDetails details = started.getBean(JdbcConnectionDetails.class);
				assertThat(details.getJdbcUrl()).startsWith("jdbc:mariadb://")
					.isEqualTo(EmbeddedMariaDb.obtain(started.getBean(DatabaseSettings.class)).jdbcUrl());
				assertThat(details.getDriverClassName()).isEqualTo("org.mariadb.jdbc.Driver");
			});
	}

}
