package org.cellpath.platform.demand;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cellpath.platform.TestFramework;
import org.cellpath.platform.TestUsers;
import org.cellpath.platform.TestWeb;
import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Employers state and withdraw their own skill needs, on the page and through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class SkillNeedsTests {

	@Autowired
	TestUsers testUsers;

	@Autowired
	TestFramework framework;

	@Autowired
	Demands demands;

	@Autowired
	SkillNeeds needs;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	User employer;

	Occupation occupation;

	@BeforeEach
	void setUp() {
		this.employer = this.testUsers.user(Role.EMPLOYER);
		this.occupation = this.framework.occupation(this.framework.outcome(4));
	}

	@Test
	void theApiStatesANeedAndListsIt() throws Exception {
		String bearer = TestWeb.bearer(this.mvc, this.employer);
		Map<String, Object> body = need();
		body.put("note", "Night shifts; English at B1");

		String location = this.mvc
			.perform(post("/api/v1/employer/demand").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/employer/demand/")))
			.andExpect(jsonPath("$.occupation.code").value(this.occupation.getCode()))
			.andExpect(jsonPath("$.occupation.name").value(this.occupation.getName()))
			.andExpect(jsonPath("$.region.code").value(home().getRegion().getCode()))
			.andExpect(jsonPath("$.headcount").value(40))
			.andExpect(jsonPath("$.horizonMonths").value(18))
			.andExpect(jsonPath("$.note").value("Night shifts; English at B1"))
			.andExpect(jsonPath("$.recordedBy.username").value(this.employer.getUsername()))
			.andExpect(jsonPath("$.recordedAt").exists())
			.andReturn()
			.getResponse()
			.getHeader("Location");

		this.mvc.perform(get(location).header("Authorization", bearer)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/employer/demand").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].occupation.code").value(this.occupation.getCode()))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.totalPages").value(1));
	}

	@ParameterizedTest(name = "{0} is named when it is ''{1}''")
	@CsvSource(nullValues = "null", value = { "occupation, null", "occupation, ''", "occupation, OCC-NOT-THERE",
			"region, null", "region, XX-NONE", "headcount, null", "headcount, 0", "headcount, 100001",
			"headcount, many", "horizonMonths, null", "horizonMonths, 0", "horizonMonths, 121", "horizonMonths, -3",
			"note, $tooLong" })
	void theApiRejectsAnInvalidNeedAndStoresNothing(String field, String value) throws Exception {
		Map<String, Object> body = need();
		body.put(field, switch (String.valueOf(value)) {
			case "$tooLong" -> "x".repeat(501);
			case "0", "100001", "121", "-3" -> Integer.valueOf(value);
			default -> value;
		});
		TestWeb.refusesJson(this.mvc, "/api/v1/employer/demand", asEmployer(), this.json.writeValueAsString(body), field,
				this.demands::count);
	}

	@Test
	void anEmployerWithdrawsOwnNeedsButNotThoseOfAnotherOrganisation() throws Exception {
		Demand mine = this.needs.state(this.employer, form(5));
		User competitor = this.testUsers.user(Role.EMPLOYER);
		Demand theirs = this.needs.state(competitor, form(7));

		this.mvc.perform(get("/api/v1/employer/demand/" + theirs.getId()).with(asEmployer()))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/v1/employer/demand/" + theirs.getId()).with(asEmployer()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post("/employer/demand/" + theirs.getId() + "/delete").with(asEmployer()).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.demands.existsById(theirs.getId())).isTrue();

		this.mvc.perform(delete("/api/v1/employer/demand/" + mine.getId()).with(asEmployer()).with(csrf()))
			.andExpect(status().isNoContent());
		assertThat(this.demands.existsById(mine.getId())).isFalse();
		this.mvc.perform(delete("/api/v1/employer/demand/" + mine.getId()).with(asEmployer()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePageListsOnlyTheOrganisationsOwnNeedsAndWithdrawsOne() throws Exception {
		Occupation elsewhere = this.framework.occupation();
		this.needs.state(this.testUsers.user(Role.EMPLOYER), new DemandForm(elsewhere.getCode(),
				home().getRegion().getCode(), 3, 6, null));
		User colleague = this.testUsers.user(Role.EMPLOYER, home());
		Demand stated = this.needs.state(colleague, form(12));

		this.mvc.perform(get("/employer/demand").with(asEmployer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.occupation.getName())))
			.andExpect(content().string(containsString(colleague.getDisplayName())))
			.andExpect(content().string(not(containsString(elsewhere.getName() + "</td>"))));

		this.mvc.perform(post("/employer/demand/" + stated.getId() + "/delete").with(asEmployer()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/employer/demand"))
			.andExpect(flash().attribute("saved", "demand.withdrawn"));
		assertThat(this.demands.existsById(stated.getId())).isFalse();
	}

	@Test
	void thePageStatesANeed() throws Exception {
		long before = this.demands.countByOrganisation(home());

		this.mvc
			.perform(post("/employer/demand").with(asEmployer())
				.with(csrf())
				.param("occupation", this.occupation.getCode())
				.param("region", home().getRegion().getCode())
				.param("headcount", "25")
				.param("horizonMonths", "9")
				.param("note", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/employer/demand"))
			.andExpect(flash().attribute("saved", "demand.saved"));

		assertThat(this.demands.countByOrganisation(home())).isEqualTo(before + 1);
	}

	@Test
	void thePageShowsProblemsNextToTheFieldsAndKeepsWhatWasEntered() throws Exception {
		long before = this.demands.count();

		postOnThePage("lots", "9")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "headcount", "typeMismatch"))
			.andExpect(content().string(containsString("Enter a whole number from 1 to 100,000.")))
			// The record cannot be built from "lots", so Spring echoes the text fields but not the numbers;
			// browsers never send text from a number input anyway.
			.andExpect(content().string(containsString("Kept note")));

		postOnThePage("", "9")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "headcount", "NotNull"))
			.andExpect(content().string(containsString("Enter how many people you need.")))
			.andExpect(content().string(containsString("value=\"9\"")))
			.andExpect(content().string(containsString("Kept note")));

		postOnThePage("0", "200")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "headcount", "horizonMonths"))
			.andExpect(content().string(containsString("Enter a whole number from 1 to 100,000.")))
			.andExpect(content().string(containsString("Enter a whole number of months from 1 to 120.")))
			.andExpect(content().string(containsString("Kept note")))
			.andExpect(content().string(containsString("value=\"200\"")));

		this.mvc
			.perform(post("/employer/demand").param("lang", "sv")
				.with(asEmployer())
				.with(csrf())
				.param("occupation", "OCC-NOT-THERE")
				.param("region", home().getRegion().getCode())
				.param("headcount", "25")
				.param("horizonMonths", "9"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "occupation", "demand.occupation.unknown"))
			.andExpect(content().string(containsString("Yrket finns inte.")))
			.andExpect(content().string(containsString("value=\"25\"")));

		assertThat(this.demands.count()).isEqualTo(before);
	}

	@Test
	void anEmployerWithoutAnOrganisationIsToldSo() throws Exception {
		User orphan = this.testUsers.user(Role.EMPLOYER, null);
		RequestPostProcessor asOrphan = user(orphan.getUsername()).roles("EMPLOYER");
		long before = this.demands.count();

		this.mvc.perform(get("/employer/demand").with(asOrphan))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account does not belong to an employer")));
		this.mvc.perform(get("/api/v1/employer/demand").with(asOrphan))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisation"));
		this.mvc
			.perform(post("/api/v1/employer/demand").with(asOrphan)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(need())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("no employer")));

		assertThat(this.demands.count()).isEqualTo(before);
	}

	@Test
	void onlyEmployersStateNeeds() throws Exception {
		User coordinator = this.testUsers.user(Role.REGION_COORDINATOR);
		this.mvc.perform(get("/employer/demand").with(user(coordinator.getUsername()).roles("REGION_COORDINATOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/employer/demand").header("Authorization", TestWeb.bearer(this.mvc, coordinator)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/employer/demand")).andExpect(status().isUnauthorized());
	}

	private Organisation home() {
		return this.employer.getOrganisation();
	}

	private RequestPostProcessor asEmployer() {
		return user(this.employer.getUsername()).roles("EMPLOYER");
	}

	private DemandForm form(int headcount) {
		return new DemandForm(this.occupation.getCode(), home().getRegion().getCode(), headcount, 12, null);
	}

	private Map<String, Object> need() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("occupation", this.occupation.getCode());
		body.put("region", home().getRegion().getCode());
		body.put("headcount", 40);
		body.put("horizonMonths", 18);
		return body;
	}

	/** The page's form for this test's occupation in the employer's region, with a note to keep. */
	private ResultActions postOnThePage(String headcount, String horizonMonths) throws Exception {
		return this.mvc.perform(post("/employer/demand").with(asEmployer())
			.with(csrf())
			.param("occupation", this.occupation.getCode())
			.param("region", home().getRegion().getCode())
			.param("headcount", headcount)
			.param("horizonMonths", horizonMonths)
			.param("note", "Kept note"));
	}

}
