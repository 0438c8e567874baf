package org.cellpath.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** With {@code cellpath.demo.enabled}, loads the demo data at start-up and prints how to sign in. */
@Component
@ConditionalOnBooleanProperty("cellpath.demo.enabled")
class DemoStartup {

	private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

	private final DemoData demo;

	private final List<DemoContent> content;

	private final Environment environment;

	DemoStartup(DemoData demo, List<DemoContent> content, Environment environment) {
		this.demo = demo;
		this.content = content;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		List<DemoData.DemoLogin> logins = this.demo.load();
		this.content.forEach(DemoContent::load);
		String port = this.environment.getProperty("local.server.port", "8080");
		StringBuilder text = new StringBuilder();
		text.append("\n\n  Cellpath is running at http://localhost:").append(port).append("/\n\n");
		text.append("  Demo sign-ins (password for all: ").append(DemoData.PASSWORD).append(")\n");
		logins.forEach((login) -> text.append(String.format("    %-12s %-20s %s%n", login.username(), login.role(),
				login.displayName())));
		log.info(text.toString());
	}

}
