package org.cellpath.platform.region;

import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.TestWeb;
import org.cellpath.platform.demand.DemandForm;
import org.cellpath.platform.demand.SkillNeeds;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Organisations;
import org.cellpath.platform.identity.Region;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Region coordinators see what employers in their region need, next to the region's providers. */
@SpringBootTest
@AutoConfigureMockMvc
class RegionOverviewTests {

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework framework;

	@Autowired
	Organisations organisations;

	@Autowired
	Users users;

	@Autowired
	SkillNeeds needs;

	@Autowired
	MockMvc mvc;

	User coordinator;

	Region region;

	LearningOutcome outcome;

	Occupation wanted;

	Occupation unwanted;

	Organisation provider;

	@BeforeEach
	void setUp() {
		this.coordinator = this.testUsers.user(Role.REGION_COORDINATOR);
		this.region = this.coordinator.getRegion();
		this.outcome = this.framework.outcome(4);
		this.wanted = this.framework.occupation(this.outcome);
		this.unwanted = this.framework.occupation();
		this.provider = this.organisations.save(new Organisation(TestUsers.unique("college"), "Test college "
				+ TestUsers.unique("c"), OrganisationType.PROVIDER, this.region));
		Organisation localEmployer = this.organisations.save(new Organisation(TestUsers.unique("cells"),
				"Test cells " + TestUsers.unique("e"), OrganisationType.EMPLOYER, this.region));
		User local = this.testUsers.user(Role.EMPLOYER, localEmployer);
		User distant = this.testUsers.user(Role.EMPLOYER);
		this.needs.state(local, new DemandForm(this.wanted.getCode(), this.region.getCode(), 10, 12, null));
		// An employer from elsewhere that needs people in this region counts here.
		this.needs.state(distant, new DemandForm(this.wanted.getCode(), this.region.getCode(), 5, 6, null));
		// A need in the distant employer's own region does not.
		this.needs.state(distant,
				new DemandForm(this.wanted.getCode(), distant.getOrganisation().getRegion().getCode(), 100, 1, null));
	}

	@Test
	void theApiSumsTheNeedsOfTheRegionPerOccupation() throws Exception {
		this.mvc.perform(get("/api/v1/region/overview").header("Authorization", TestWeb.bearer(this.mvc, this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.region.code").value(this.region.getCode()))
			.andExpect(jsonPath("$.region.name").value(this.region.getName()))
			.andExpect(jsonPath("$.occupations[0].code").value(this.wanted.getCode()))
			.andExpect(jsonPath("$.occupations[0].name").value(this.wanted.getName()))
			.andExpect(jsonPath("$.occupations[0].demandHeadcount").value(15))
			.andExpect(jsonPath("$.occupations[0].soonestHorizonMonths").value(6))
			.andExpect(jsonPath("$.occupations[0].requiredOutcomes[0].code").value(this.outcome.getCode()))
			.andExpect(jsonPath("$.occupations[0].requiredOutcomes[0].statement").value(this.outcome.getStatement()))
			.andExpect(jsonPath("$.occupations[?(@.code == '" + this.unwanted.getCode() + "')].demandHeadcount",
					contains(0)))
			.andExpect(jsonPath("$.occupations[?(@.code == '" + this.unwanted.getCode() + "')].soonestHorizonMonths",
					contains(nullValue())))
			.andExpect(jsonPath("$.providers[*].slug", contains(this.provider.getSlug())))
			.andExpect(jsonPath("$.providers[0].name").value(this.provider.getName()));
	}

	@Test
	void thePageShowsTheNeedsTheProvidersAndWhatIsNotThereYet() throws Exception {
		this.mvc.perform(get("/region").with(user(this.coordinator.getUsername()).roles("REGION_COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.region.getName())))
			.andExpect(content().string(containsString(this.wanted.getName())))
			.andExpect(content().string(containsString("within 6 months")))
			.andExpect(content().string(containsString(">15<")))
			.andExpect(content().string(containsString(this.outcome.getCode())))
			.andExpect(content().string(containsString(this.provider.getName())))
			.andExpect(content().string(containsString("Units and pathways are not on Cellpath yet")));
		this.mvc
			.perform(get("/region").param("lang", "fi")
				.with(user(this.coordinator.getUsername()).roles("REGION_COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("6 kuukauden kuluessa")));
	}

	@Test
	void aCoordinatorWithoutARegionIsToldSo() throws Exception {
		User orphan = this.testUsers.user(Role.REGION_COORDINATOR);
		orphan.coordinate(null);
		this.users.save(orphan);

		this.mvc.perform(get("/region").with(user(orphan.getUsername()).roles("REGION_COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account does not coordinate a region yet.")));
		this.mvc.perform(get("/api/v1/region/overview").with(user(orphan.getUsername()).roles("REGION_COORDINATOR")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("region")))
			.andExpect(jsonPath("$.detail", containsString("coordinates no region")));
	}

	@Test
	void onlyRegionCoordinatorsSeeTheOverview() throws Exception {
		User employer = this.testUsers.user(Role.EMPLOYER);
		this.mvc.perform(get("/region").with(user(employer.getUsername()).roles("EMPLOYER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/region/overview").header("Authorization", TestWeb.bearer(this.mvc, employer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/region/overview"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(not(containsString(this.region.getCode()))));
	}

}
