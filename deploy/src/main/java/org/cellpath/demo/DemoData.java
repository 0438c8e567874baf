package org.cellpath.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;


import org.cellpath.platform.demand.DemandForm;
import org.cellpath.platform.demand.Demands;
import org.cellpath.platform.demand.SkillNeeds;
import org.cellpath.platform.framework.Framework;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.framework.Occupations;
import org.cellpath.platform.framework.OccupationForm;
import org.cellpath.platform.framework.OutcomeForm;
import org.cellpath.platform.framework.SkillForm;
import org.cellpath.platform.framework.Skills;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Organisations;
import org.cellpath.platform.identity.Region;
import org.cellpath.platform.identity.Regions;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo regions, organisations, framework and users. Whatever already exists (by code,
 * slug or username) is left as it is, so loading twice adds nothing.
 */
@Service
public class DemoData {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final JsonMapper json;

	private final Regions regions;

	private final Organisations organisations;

	private final Users users;

	private final Skills skills;

	private final LearningOutcomes outcomes;

	private final Occupations occupations;

	private final Framework framework;

	private final PasswordEncoder passwords;

	private final Demands demands;

	private final SkillNeeds skillNeeds;

	DemoData(JsonMapper json, Regions regions, Organisations organisations, Users users, Skills skills,
			LearningOutcomes outcomes, Occupations occupations, Framework framework, PasswordEncoder passwords,
			Demands demands, SkillNeeds skillNeeds) {
		this.json = json;
		this.regions = regions;
		this.organisations = organisations;
		this.users = users;
		this.skills = skills;
		this.outcomes = outcomes;
		this.occupations = occupations;
		this.framework = framework;
		this.passwords = passwords;
		this.demands = demands;
		this.skillNeeds = skillNeeds;
	}

	/** The demo sign-ins: username, role and whom they belong to. */
	public record DemoLogin(String username, Role role, String displayName) {
	}

	@Transactional
	public List<DemoLogin> load() {
		DemoFramework data = read();
		data.regions().forEach((entry) -> this.regions.findByCode(entry.code())
			.orElseGet(() -> this.regions.save(new Region(entry.code(), entry.name(), entry.country()))));
		data.organisations().forEach((entry) -> {
			if (this.organisations.findBySlug(entry.slug()).isEmpty()) {
				Region region = this.regions.findByCode(entry.region())
					.orElseThrow(() -> new IllegalStateException("Demo organisation " + entry.slug()
							+ " names unknown region " + entry.region()));
				Organisation organisation = new Organisation(entry.slug(), entry.name(), entry.type(), region);
				organisation.describe(entry.name(), entry.website(), entry.email(), entry.description());
				this.organisations.save(organisation);
			}
		});
		data.skills().stream()
			.filter((entry) -> this.skills.findByUri(entry.uri()).isEmpty())
			.forEach((entry) -> this.framework.createSkill(new SkillForm(entry.uri(), entry.label())));
		data.outcomes().stream()
			.filter((entry) -> !this.outcomes.existsByCode(entry.code()))
			.forEach((entry) -> this.framework.createOutcome(new OutcomeForm(entry.code(), entry.statement(),
					entry.type(), entry.bloomLevel(), entry.eqfLevel(), entry.category(), entry.skills())));
		data.occupations().stream()
			.filter((entry) -> !this.occupations.existsByCode(entry.code()))
			.forEach((entry) -> this.framework.createOccupation(new OccupationForm(entry.code(), entry.name(),
					entry.description(), entry.escoOccupation(), entry.outcomes())));
		Organisation provider = first(data, OrganisationType.PROVIDER);
		Organisation employer = first(data, OrganisationType.EMPLOYER);
		List<DemoLogin> logins = new ArrayList<>();
		logins.add(user("learner", "Lina Lindqvist", Role.LEARNER, null, null));
		logins.add(user("teacher", "Tomas Berg", Role.TEACHER, provider, null));
		logins.add(user("provider", "Petra Nyström", Role.PROVIDER_ADMIN, provider, null));
		logins.add(user("employer", "Erik Holm", Role.EMPLOYER, employer, null));
		logins.add(user("coordinator", "Kaisa Mäkinen", Role.REGION_COORDINATOR, null, provider.getRegion()));
		logins.add(user("admin", "Alex Admin", Role.PLATFORM_ADMIN, null, null));
		if (data.demand() != null && this.demands.countByOrganisation(employer) == 0) {
			User stating = this.users.findByUsername("employer").orElseThrow();
			data.demand()
				.forEach((entry) -> this.skillNeeds.state(stating, new DemandForm(entry.occupation(), entry.region(),
						entry.headcount(), entry.horizonMonths(), entry.note())));
		}
		log.info("Demo data ready: {} regions, {} organisations, {} outcomes, {} occupations, {} skill needs",
				this.regions.count(), this.organisations.count(), this.outcomes.count(), this.occupations.count(),
				this.demands.count());
		return logins;
	}

	private DemoLogin user(String username, String displayName, Role role, Organisation organisation, Region region) {
		if (!this.users.existsByUsername(username)) {
			User user = new User(username, this.passwords.encode(PASSWORD), displayName,
					username + "@demo.cellpath.example", EnumSet.of(role));
			user.assignTo(organisation);
			user.coordinate(region);
			this.users.save(user);
		}
		return new DemoLogin(username, role, displayName);
	}

	private Organisation first(DemoFramework data, OrganisationType type) {
		String slug = data.organisations()
			.stream()
			.filter((entry) -> entry.type() == type)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo data has no " + type))
			.slug();
		return this.organisations.findBySlug(slug).orElseThrow();
	}

	private DemoFramework read() {
		try (InputStream in = new ClassPathResource("demo/framework.json").getInputStream()) {
			return this.json.readValue(in, DemoFramework.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read demo/framework.json", ex);
		}
	}


}
