package org.cellpath.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cellpath.platform.demand.Demands;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.framework.Occupations;
import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.framework.Skills;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Organisations;
import org.cellpath.platform.identity.Regions;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.Users;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data is what the README promises, and loading it again adds nothing. */
@SpringBootTest
class DemoDataTests {

	@Autowired
	DemoData demo;

	@Autowired
	Regions regions;

	@Autowired
	Organisations organisations;

	@Autowired
	Users users;

	@Autowired
	LearningOutcomes outcomes;

	@Autowired
	Occupations occupations;

	@Autowired
	Skills skills;

	@Autowired
	Demands demands;

	@Test
	void theFourRegionsAreThere() {
		assertThat(this.regions.findAllByOrderByName()).extracting((region) -> region.getCode())
			.contains("SE-AC", "FI-14", "FI-07", "FI-17");
	}

	@Test
	void thereAreAtLeastFiveProvidersAndAnEmployer() {
		assertThat(this.organisations.findByTypeOrderByName(OrganisationType.PROVIDER)).hasSizeGreaterThanOrEqualTo(5);
		assertThat(this.organisations.findByTypeOrderByName(OrganisationType.EMPLOYER)).isNotEmpty();
	}

	@Test
	void thereIsOneDemoUserPerRole() {
		for (var login : List.of("learner", "teacher", "provider", "employer", "coordinator", "admin")) {
			assertThat(this.users.findByUsername(login)).as(login).isPresent();
		}
		Set<Role> roles = List.of("learner", "teacher", "provider", "employer", "coordinator", "admin")
			.stream()
			.flatMap((name) -> this.users.findByUsername(name).orElseThrow().getRoles().stream())
			.collect(Collectors.toSet());
		assertThat(roles).isEqualTo(EnumSet.allOf(Role.class));
	}

	@Test
	@Transactional(readOnly = true)
	void theFrameworkSpansTheFourCategoriesAndEqfThreeToSix() {
		List<LearningOutcome> demoOutcomes = this.outcomes.findAllByOrderByCode()
			.stream()
			.filter((outcome) -> !outcome.getCode().startsWith("T-") && !outcome.getCode().startsWith("CSRF-"))
			.toList();
		assertThat(demoOutcomes).hasSizeGreaterThanOrEqualTo(40);
		assertThat(demoOutcomes.stream().map(LearningOutcome::getCategory).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(SkillCategory.class));
		assertThat(demoOutcomes.stream().map(LearningOutcome::getEqfLevel).collect(Collectors.toSet()))
			.contains(3, 4, 5, 6);
		assertThat(this.occupations.findAllByOrderByName().stream()
			.filter((occupation) -> occupation.getCode().startsWith("OCC-") && !occupation.getRequiredOutcomes().isEmpty()))
			.hasSizeGreaterThanOrEqualTo(6);
	}

	@Test
	void loadingTheDemoDataAgainDuplicatesNothing() {
		long regions = this.regions.count();
		long organisations = this.organisations.count();
		long users = this.users.count();
		long outcomes = this.outcomes.count();
		long occupations = this.occupations.count();
		long skills = this.skills.count();
		long demands = this.demands.count();
		this.demo.load();
		this.demo.load();
		assertThat(this.regions.count()).isEqualTo(regions);
		assertThat(this.organisations.count()).isEqualTo(organisations);
		assertThat(this.users.count()).isEqualTo(users);
		assertThat(this.outcomes.count()).isEqualTo(outcomes);
		assertThat(this.occupations.count()).isEqualTo(occupations);
		assertThat(this.skills.count()).isEqualTo(skills);
		assertThat(this.demands.count()).isEqualTo(demands);
	}

	@Test
	@Transactional(readOnly = true)
	void theDemoEmployerHasStatedNeedsInTheDemoCoordinatorsRegion() {
		var employer = this.users.findByUsername("employer").orElseThrow().getOrganisation();
		var region = this.users.findByUsername("coordinator").orElseThrow().getRegion();
		assertThat(this.demands.countByOrganisation(employer)).isGreaterThanOrEqualTo(3);
		assertThat(this.demands.findAll()).anySatisfy((need) -> assertThat(need.getRegion().getCode())
			.isEqualTo(region.getCode()));
	}

}
