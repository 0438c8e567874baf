package org.cellpath.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * A database of its own for this JVM on a shared MariaDB server, created on first use and dropped
 * when the JVM's Spring contexts have closed. Lets the test suite run against a real server, such
 * as Debian's MariaDB in CI.
 */
final class TestServerDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestServerDatabase.class);

	private static TestServerDatabase instance;

	private final DatabaseSettings.TestServer server;

	private final String name;

	private TestServerDatabase(DatabaseSettings.TestServer server, String name) {
		this.server = server;
		this.name = name;
	}

	static synchronized TestServerDatabase obtain(DatabaseSettings.TestServer server) {
		if (instance == null) {
			String name = "cellpath_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			instance = new TestServerDatabase(server, name);
			instance.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			log.info("Created test database {} on {}", name, server.url());
			SpringApplication.getShutdownHandlers().add(instance::drop);
		}
		return instance;
	}

	String jdbcUrl() {
		String url = this.server.url();
		int query = url.indexOf('?');
		String base = (query < 0) ? url : url.substring(0, query);
		String params = (query < 0) ? "" : url.substring(query);
		return (base.endsWith("/") ? base : base + "/") + this.name + params;
	}

	DatabaseSettings.TestServer server() {
		return this.server;
	}

	private void drop() {
		execute("DROP DATABASE IF EXISTS `" + this.name + "`");
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.server.url(), this.server.username(),
				this.server.password()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on test server " + this.server.url(), ex);
		}
	}

}
