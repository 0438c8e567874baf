package org.cellpath;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Course content in a real browser (Debian's headless Chromium through the system's
 * chromedriver), on the demo data: a teacher writes a unit with a matching item in the editor and
 * publishes it; a learner finds it in the catalogue, takes it, passes and sees the outcome it
 * attained in the learning account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseJourneyBrowserTests {

	/** A demo outcome a matching of production steps to stages shows. */
	private static final String OUTCOME = "BAT-BAS-302";

	@LocalServerPort
	int port;

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		this.browser = HeadlessChromium.start();
		// htmx replaces parts of the page while a condition may be reading them: look again then.
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aTeacherPublishesAUnitWithAMatchingItemAndALearnerFindsItPassesItAndSeesTheAttainedOutcome() {
		String title = "Steps and stages of cell production " + UUID.randomUUID().toString().substring(0, 6);
		long unitId = teacherWritesAndPublishes(title);

		signOut();
		signIn("learner", "demo");
		open("/units?lang=en");

		// The learner finds the unit by searching; htmx swaps in the results and keeps the address.
		type(By.id("q"), title);
		this.wait.until((page) -> page.getCurrentUrl().contains("q=")
				&& page.findElements(By.cssSelector(".unit-result h2 a")).size() == 1
				&& title.equals(page.findElement(By.cssSelector(".unit-result h2 a")).getText()));
		this.browser.findElement(By.cssSelector(".unit-result h2 a")).click();
		this.wait.until((page) -> page.getCurrentUrl().endsWith("/units/" + unitId));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(this.browser.findElements(By.cssSelector("main a[href='/outcomes/" + OUTCOME + "']"))).hasSize(1);

		this.browser.findElement(By.cssSelector("a.start")).click();
		this.wait.until((page) -> page.getCurrentUrl().contains("/units/" + unitId + "/learn/1"));
		assertThat(this.browser.findElement(By.cssSelector("article.block h2")).getText()).isEqualTo("Four stages");
		assertThat(this.browser.findElement(By.cssSelector("label[for=progress]")).getText()).isEqualTo("Part 1 of 1");
		this.browser.findElement(By.cssSelector("nav.steps a.button")).click();
		this.wait.until((page) -> page.getCurrentUrl().endsWith("/units/" + unitId + "/assessment"));

		// Each left entry of the matching item has a select labelled with the entry.
		matchByLabel("Coating", "Electrode manufacturing");
		matchByLabel("Stacking", "Cell assembly");
		this.browser.findElement(By.cssSelector("form.assessment button[type=submit]")).click();
		this.wait.until((page) -> page.getCurrentUrl().contains("/units/" + unitId + "/attempts/"));

		assertThat(this.browser.findElement(By.id("verdict")).getText()).isEqualTo("Passed");
		assertThat(this.browser.findElement(By.cssSelector(".score")).getText())
			.isEqualTo("You scored 100%. The pass mark is 80%.");
		assertThat(this.browser.findElement(By.cssSelector(".attained")).getText()).contains(OUTCOME);

		this.browser.findElement(By.cssSelector(".attained a[href='/me/learning']")).click();
		this.wait.until((page) -> page.getCurrentUrl().endsWith("/me/learning"));
		WebElement attained = this.browser.findElement(By.xpath("//tr[td/a[text()='" + OUTCOME + "']]"));
		assertThat(attained.getText()).as("the evidence names the unit").contains(title);
	}

	/** The teacher writes the unit in the editor and publishes it; returns the unit's id. */
	private long teacherWritesAndPublishes(String title) {
		signIn("teacher", "demo");
		open("/teach/units/new?lang=en");
		type(By.id("f-title"), title);
		type(By.id("f-summary"), "Which of the four stages of cell production each production step belongs to.");
		type(By.id("f-learningMinutes"), "15");
		new Select(this.browser.findElement(By.id("f-eqfLevel"))).selectByValue("3");

		type(By.id("f-outcomeQuery"), OUTCOME);
		By outcome = By.cssSelector("#outcome-results input[name=outcomes][value='" + OUTCOME + "']");
		this.wait.until(ExpectedConditions.elementToBeClickable(outcome)).click();

		type(By.id("f-blocks-0-markdown"), "## Four stages\n\nPreparing input materials, making electrodes, "
				+ "assembling cells and finishing them.");

		// The editor starts with a single-choice item: swap it for a matching item (htmx redraws the editor).
		this.browser.findElement(By.cssSelector("button[name=action][value='addItem:matching']")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-items-1-left-0")));
		this.browser.findElement(By.cssSelector("button[name=action][value='removeItem:0']")).click();
		this.wait.until((page) -> page.findElements(By.id("f-items-1-left-0")).isEmpty()
				&& !page.findElements(By.id("f-items-0-left-0")).isEmpty());
		assertThat(this.browser.findElement(By.id("f-title")).getAttribute("value"))
			.as("what was typed survives the redraw")
			.isEqualTo(title);

		type(By.id("f-items-0-prompt"), "Match each production step with its stage.");
		type(By.id("f-items-0-right-0"), "Electrode manufacturing");
		type(By.id("f-items-0-right-1"), "Cell assembly");
		type(By.id("f-items-0-left-0"), "Coating");
		type(By.id("f-items-0-left-1"), "Stacking");
		new Select(this.browser.findElement(By.id("f-items-0-left-0-match"))).selectByValue("0");
		new Select(this.browser.findElement(By.id("f-items-0-left-1-match"))).selectByValue("1");

		this.browser.findElement(By.cssSelector("button[name=action][value=save]")).click();
		this.wait.until((page) -> page.getCurrentUrl().matches(".*/teach/units/\\d+$")
				|| !page.findElements(By.cssSelector("main .error")).isEmpty());
		assertThat(this.browser.findElements(By.cssSelector("main .error")))
			.as("the editor took the unit without problems")
			.isEmpty();
		String address = this.browser.getCurrentUrl();
		long unitId = Long.parseLong(address.substring(address.lastIndexOf('/') + 1));

		this.browser.findElement(By.cssSelector("form[action$='/teach/units/" + unitId + "/publish'] button")).click();
		this.wait.until((page) -> page.findElements(By.cssSelector("form[action$='/publish']")).isEmpty());
		return unitId;
	}

	private void matchByLabel(String entry, String match) {
		WebElement label = this.browser.findElement(By.xpath("//form[@class='assessment']//label[text()='" + entry + "']"));
		new Select(this.browser.findElement(By.id(label.getAttribute("for")))).selectByVisibleText(match);
	}

	private void type(By field, String text) {
		WebElement element = this.wait.until(ExpectedConditions.elementToBeClickable(field));
		element.clear();
		element.sendKeys(text);
	}

	private void signIn(String username, String password) {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("main form button[type='submit']")).click();
		this.wait.until((page) -> !page.getCurrentUrl().contains("/login"));
	}

	private void signOut() {
		this.browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		this.wait.until((page) -> page.getCurrentUrl().contains("signedOut"));
		this.browser.manage().deleteAllCookies();
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

}
