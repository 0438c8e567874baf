package org.cellpath;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner's first minutes in a real browser: Debian's headless Chromium, driven through the
 * system's chromedriver (nothing downloads a browser). Runs on the demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTests {

	@LocalServerPort
	int port;

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		this.browser = HeadlessChromium.start();
		// htmx replaces the results while a condition may be reading them: look again then.
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aLearnerSwitchesToSwedishAndFiltersTheOutcomesCatalogueByEqfLevel() {
		signIn("learner", "demo");

		this.browser.findElement(By.cssSelector(".languages a[lang='sv']")).click();
		this.wait.until((page) -> "sv".equals(page.findElement(By.tagName("html")).getAttribute("lang")));

		open("/outcomes");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lärandemål");
		assertThat(this.browser.findElement(By.cssSelector("label[for='eqf']")).getText()).isEqualTo("EQF-nivå");
		List<WebElement> all = this.browser.findElements(By.cssSelector(".outcome-row"));
		assertThat(all).isNotEmpty();
		assertThat(all.stream().map(BrowserJourneyTests::eqfLevel).distinct().count())
			.as("the unfiltered catalogue spans several EQF levels")
			.isGreaterThan(1);

		new Select(this.browser.findElement(By.id("eqf"))).selectByValue("4");
		this.wait.until((page) -> {
			List<WebElement> rows = page.findElements(By.cssSelector(".outcome-row"));
			return !rows.isEmpty() && rows.stream().allMatch((row) -> "4".equals(eqfLevel(row)))
					&& page.getCurrentUrl().contains("eqf=4");
		});
		assertThat(this.browser.findElement(By.cssSelector("#results [role='status']")).getText())
			.as("the result count is in Swedish")
			.contains("lärandemål");

		// The choice of language belongs to the learner, not to this browser.
		this.browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		this.wait.until((page) -> page.getCurrentUrl().contains("signedOut"));
		this.browser.manage().deleteAllCookies();
		signIn("learner", "demo");
		open("/outcomes");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lärandemål");
	}

	@Test
	void aMissingPageSaysSoInTheVisitorsLanguageAndOffersWaysOn() throws Exception {
		this.browser.manage().deleteAllCookies();
		signIn("teacher", "demo");
		open("/no-such-page?lang=fi");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Emme löytäneet sivua");
		assertThat(this.browser.findElements(By.cssSelector("main a[href='/outcomes']"))).hasSize(1);
		open("/?lang=en");

		HttpResponse<String> api = get("/api/v1/outcomes/NO-SUCH-CODE", "application/json");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("NO-SUCH-CODE");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Accept", accept)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void signIn(String username, String password) {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("main form button[type='submit']")).click();
		this.wait.until((page) -> !page.getCurrentUrl().contains("/login"));
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private static String eqfLevel(WebElement row) {
		return row.findElement(By.cssSelector(".eqf")).getText().trim();
	}

}
