package org.cellpath.platform.demand;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.framework.Occupations;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.OrganisationType;
import org.cellpath.platform.identity.Region;
import org.cellpath.platform.identity.Regions;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.web.InvalidInputException;
import org.cellpath.platform.web.InvalidInputException.FieldProblem;
import org.cellpath.platform.web.NotFoundException;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skill needs an employer states: each one checked against the framework's occupations and
 * the known regions, and only ever seen, added or withdrawn by people of the same employer.
 */
@Service
public class SkillNeeds {

	private final Demands demands;

	private final Occupations occupations;

	private final Regions regions;

	private final Users users;

	private final Clock clock;

	SkillNeeds(Demands demands, Occupations occupations, Regions regions, Users users, Clock clock) {
		this.demands = demands;
		this.occupations = occupations;
		this.regions = regions;
		this.users = users;
		this.clock = clock;
	}

	/** The employer the person works for; a clear problem when there is none. */
	@Transactional(readOnly = true)
	public Organisation employerOf(User person) {
		Organisation employer = this.users.findWithPlacesById(person.getId())
			.map(User::getOrganisation)
			.filter((organisation) -> organisation.getType() == OrganisationType.EMPLOYER)
			.orElseThrow(() -> new InvalidInputException("organisation", "demand.noEmployer",
					"your account belongs to no employer; ask a platform admin to link it to your company"));
		// The page proposes the employer's own region for a new need.
		Hibernate.initialize(employer.getRegion());
		return employer;
	}

	/** The needs of the person's employer, newest first. */
	@Transactional(readOnly = true)
	public Page<Demand> of(User person, int page, int size) {
		return this.demands.findByOrganisation(employerOf(person),
				PageRequest.of(Math.max(page, 0), size, Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.desc("id"))));
	}

	/** One need of the person's employer; not found when it belongs to another. */
	@Transactional(readOnly = true)
	public Demand one(User person, long id) {
		return this.demands.findByIdAndOrganisation(id, employerOf(person))
			.orElseThrow(() -> new NotFoundException("Your organisation has no skill need with id " + id));
	}

	@Transactional
	public Demand state(User person, DemandForm form) {
		Organisation employer = employerOf(person);
		List<FieldProblem> problems = new ArrayList<>();
		Occupation occupation = this.occupations.findByCode(form.occupation()).orElse(null);
		if (occupation == null) {
			problems.add(new FieldProblem("occupation", "demand.occupation.unknown",
					"there is no occupation with code " + form.occupation()));
		}
		Region region = this.regions.findByCode(form.region()).orElse(null);
		if (region == null) {
			problems.add(new FieldProblem("region", "demand.region.unknown", "there is no region " + form.region()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		User recorder = this.users.findById(person.getId()).orElseThrow();
		return this.demands.save(new Demand(employer, occupation, region, form.headcount(), form.horizonMonths(),
				form.note(), recorder, this.clock.instant()));
	}

	/** Removes a need of the person's employer; not found when it belongs to another. */
	@Transactional
	public void withdraw(User person, long id) {
		this.demands.delete(one(person, id));
	}

}
