package org.cellpath.authoring;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.cellpath.HeadlessChromium;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit editor in a real browser, where htmx does its part: the preview follows the typing,
 * adding a block swaps only the editor, and the outcome search answers while the teacher types.
 * Runs on the demo data, with the system's headless Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitEditorBrowserTests {

	@LocalServerPort
	int port;

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		this.browser = HeadlessChromium.start();
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
	void thePreviewFollowsTheTypingAndBlocksAreAddedWithoutLeavingThePage() {
		signIn("teacher", "demo");
		open("/teach/units/new?lang=en");
		String address = this.browser.getCurrentUrl();

		field("title").sendKeys("Live preview");
		field("blocks[0].markdown").sendKeys("## Charging safely\n\nKeep <script>alert(1)</script> away.");
		this.wait.until((page) -> !page.findElements(By.cssSelector("#preview .rendered h2")).isEmpty()
				&& page.findElement(By.cssSelector("#preview .rendered h2")).getText().equals("Charging safely"));
		assertThat(this.browser.findElement(By.cssSelector("#preview h3")).getText()).isEqualTo("Live preview");
		assertThat(this.browser.findElements(By.cssSelector("#preview script"))).isEmpty();
		assertThat(this.browser.findElement(By.cssSelector("#preview .rendered")).getText()).contains("<script>");

		this.browser.findElement(By.cssSelector("button[value='addBlock:image']")).click();
		this.wait.until((page) -> !page.findElements(By.name("blocks[1].alt")).isEmpty());
		assertThat(this.browser.getCurrentUrl()).as("htmx swapped the editor in place").isEqualTo(address);
		this.wait.until((page) -> "blocks[1].url".equals(page.switchTo().activeElement().getAttribute("name")));
		assertThat(field("title").getAttribute("value")).isEqualTo("Live preview");
		assertThat(field("blocks[0].markdown").getAttribute("value")).startsWith("## Charging safely");

		this.browser.findElement(By.cssSelector("button[value='addItem:numeric']")).click();
		this.wait.until((page) -> !page.findElements(By.name("items[1].tolerance")).isEmpty());

		this.browser.findElement(By.name("outcomeQuery")).sendKeys("BAT-SAF");
		this.wait.until((page) -> !page.findElements(By.cssSelector("#outcome-results input[name='outcomes']")).isEmpty());
		assertThat(this.browser.getCurrentUrl()).isEqualTo(address);
	}

	private WebElement field(String name) {
		return this.browser.findElement(By.name(name));
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

}
