package org.cellpath;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.learning.claim.Assessors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recognition of prior learning in a real browser, on the demo data: the learner claims an
 * outcome with a PDF, the teacher approves it, and the learner finds the outcome attained with
 * that evidence in their learning account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriorLearningBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	LearningOutcomes outcomes;

	@Autowired
	Assessors assessors;

	private WebDriver browser;

	private WebDriverWait wait;

	private Path pdf;

	@BeforeAll
	void startBrowser() throws Exception {
		this.browser = HeadlessChromium.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		this.wait.ignoring(StaleElementReferenceException.class);
		this.pdf = Files.createTempFile("work-certificate-", ".pdf");
		Files.write(this.pdf, certificate());
	}

	@AfterAll
	void stopBrowser() throws Exception {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.pdf != null) {
			Files.deleteIfExists(this.pdf);
		}
	}

	@Test
	void aLearnerClaimsPriorLearningWithAPdfATeacherApprovesItAndTheLearnerSeesTheOutcomeAttained() {
		LearningOutcome outcome = anOutcomeTheDemoTeacherMayAssess();

		signIn("learner");
		open("/me/prior-learning/new");
		this.browser.findElement(By.id("q")).sendKeys(outcome.getCode());
		this.browser.findElement(By.cssSelector("button[name='action'][value='search']")).click();
		WebElement choice = this.wait.until((page) -> page.findElement(
				By.cssSelector("#outcome-results input[name='outcomes'][value='" + outcome.getCode() + "']")));
		choice.click();
		this.browser.findElement(By.id("description"))
			.sendKeys("Two years as an operator on a battery module line, trained by the site's safety team.");
		this.browser.findElement(By.id("files")).sendKeys(this.pdf.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("button[name='action'][value='submit']")).click();
		this.wait.until((page) -> page.getCurrentUrl().matches(".*/me/prior-learning/\\d+$"));
		Matcher number = Pattern.compile("/me/prior-learning/(\\d+)$").matcher(this.browser.getCurrentUrl());
		assertThat(number.find()).isTrue();
		String claim = number.group(1);
		assertThat(this.browser.findElement(By.cssSelector(".claim-status")).getText()).isEqualTo("Waiting for assessment");
		assertThat(this.browser.findElement(By.cssSelector(".claim-files")).getText())
			.contains(this.pdf.getFileName().toString());
		signOut();

		signIn("teacher");
		open("/assess/claims");
		this.browser.findElement(By.cssSelector("a[href='/assess/claims/" + claim + "']")).click();
		this.wait.until((page) -> page.getCurrentUrl().endsWith("/assess/claims/" + claim));
		this.browser.findElement(By.cssSelector("input[name='decision'][value='approve']")).click();
		this.browser.findElement(By.cssSelector("form[action$='/decision'] button[type='submit']")).click();
		this.wait.until((page) -> "Approved".equals(page.findElement(By.cssSelector(".claim-status")).getText()));
		signOut();

		signIn("learner");
		assertThat(this.browser.findElements(By.cssSelector("a.notifications-link .unread")))
			.as("the header counts the new notification")
			.isNotEmpty();
		open("/me/learning");
		WebElement row = this.browser.findElements(By.cssSelector("main tbody tr"))
			.stream()
			.filter((r) -> !r.findElements(By.linkText(outcome.getCode())).isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError(outcome.getCode() + " is not in the learning account"));
		User teacher = this.users.findByUsername("teacher").orElseThrow();
		assertThat(row.getText()).contains("Validated prior learning")
			.contains("Claim " + claim + ", assessed by " + teacher.getDisplayName());
	}

	/** Prefer an outcome the demo teacher's own provider offers; any the teacher may assess does. */
	private LearningOutcome anOutcomeTheDemoTeacherMayAssess() {
		User teacher = this.users.findByUsername("teacher").orElseThrow();
		List<LearningOutcome> all = this.outcomes.findAllByOrderByCode();
		return all.stream()
			.filter((o) -> !this.assessors.of(List.of(o.getId())).anyTeacher()
					&& this.assessors.mayAssess(teacher, List.of(o.getId())))
			.findFirst()
			.or(() -> all.stream().filter((o) -> this.assessors.mayAssess(teacher, List.of(o.getId()))).reduce((a, b) -> b))
			.orElseThrow();
	}

	private static byte[] certificate() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Certificate of work experience: battery module assembly, 2023 to 2025."));
		document.close();
		return out.toByteArray();
	}

	private void signIn(String username) {
		this.browser.manage().deleteAllCookies();
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("demo");
		this.browser.findElement(By.cssSelector("main form button[type='submit']")).click();
		this.wait.until((page) -> !page.getCurrentUrl().contains("/login"));
		// The demo users may have chosen another language in an earlier test; this one reads English.
		open("/?lang=en");
	}

	private void signOut() {
		this.browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		this.wait.until((page) -> page.getCurrentUrl().contains("signedOut"));
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

}
