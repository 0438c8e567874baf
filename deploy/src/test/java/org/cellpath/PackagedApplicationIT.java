package org.cellpath;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command on the packaged jar, in a folder of its own: it starts with the demo
 * data, prints where it runs, and serves the catalogue of demo units. This is what the tests on
 * Maven's class path cannot see, such as a library the jar lacks.
 */
class PackagedApplicationIT {

	private static final Pattern RUNNING = Pattern.compile("Cellpath is running at http://localhost:(\\d+)/");

	@Test
	void theJarStartsWithTheDemoDataAndServesTheCatalogue() throws Exception {
		Path jar = Path.of(System.getProperty("cellpath.jar", "target/cellpath.jar")).toAbsolutePath();
		assertThat(jar).as("the packaged application").isRegularFile();
		Path folder = Files.createTempDirectory("cellpath-jar-");
		Path log = folder.resolve("cellpath.log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process cellpath = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "--spring.profiles.active=demo",
				"--server.port=0", "--server.address=127.0.0.1")
			.directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			int port = awaitPort(cellpath, log);
			HttpResponse<String> catalogue = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/units?q=lithium")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(catalogue.statusCode()).isEqualTo(200);
			assertThat(catalogue.body()).contains("Inside a lithium-ion cell");
			assertThat(Files.readString(log)).contains("learner").contains("teacher").doesNotContain("ERROR");
		}
		finally {
			cellpath.destroy();
			if (!cellpath.waitFor(60, TimeUnit.SECONDS)) {
				cellpath.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			// The unpacked MariaDB and its data take half a gigabyte.
			try (var paths = Files.walk(folder)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	private static int awaitPort(Process cellpath, Path log) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
		while (Instant.now().isBefore(deadline)) {
			Matcher running = RUNNING.matcher(Files.readString(log));
			if (running.find()) {
				return Integer.parseInt(running.group(1));
			}
			assertThat(cellpath.isAlive()).as("Cellpath stopped while starting:%n%s", Files.readString(log)).isTrue();
			Thread.sleep(500);
		}
		throw new AssertionError("Cellpath did not start within 4 minutes:\n" + Files.readString(log));
	}

}
