package org.cellpath;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser of the browser tests: Debian's headless Chromium driven through the system's
 * chromedriver, so nothing downloads a browser. {@code -Dcellpath.test.chromium} and
 * {@code -Dcellpath.test.chromedriver} name others.
 */
public final class HeadlessChromium {

	private static final Path CHROMIUM = Path.of(System.getProperty("cellpath.test.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("cellpath.test.chromedriver", "/usr/bin/chromedriver"));

	private HeadlessChromium() {
	}

	/** A new headless browser in British English with a 1280 by 1000 window; quit it when done. */
	public static WebDriver start() {
		assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
			.as("Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
			.isTrue();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-quic", "--disable-dev-shm-usage",
				"--window-size=1280,1000", "--lang=en-GB");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
