package org.cellpath.platform.learning.claim;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cellpath.platform.identity.Role;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.learning.OutcomeOfferings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may assess learning of some outcomes: the teachers of the providers that offer a unit for
 * them (every {@link OutcomeOfferings} in the context answers). Outcomes that no provider offers
 * can be judged by any teacher, since there is nobody better placed. When the outcomes of one
 * claim are offered by different providers, the providers that offer all of the offered ones
 * assess it; when no provider offers all of them, any provider that offers one of them does.
 */
@Component
public class Assessors {

	private final ObjectProvider<OutcomeOfferings> offerings;

	private final JdbcTemplate jdbc;

	Assessors(ObjectProvider<OutcomeOfferings> offerings, JdbcTemplate jdbc) {
		this.offerings = offerings;
		this.jdbc = jdbc;
	}

	/** Who may assess learning of the outcomes. */
	public Routing of(Collection<Long> outcomeIds) {
		Set<Long> common = null;
		Set<Long> any = new LinkedHashSet<>();
		for (long outcomeId : outcomeIds) {
			Set<Long> offering = new HashSet<>();
			this.offerings.orderedStream().forEach((source) -> offering.addAll(source.providersOffering(outcomeId)));
			if (offering.isEmpty()) {
				continue;
			}
			any.addAll(offering);
			if (common == null) {
				common = new LinkedHashSet<>(offering);
			}
			else {
				common.retainAll(offering);
			}
		}
		if (common == null) {
			return new Routing(true, Set.of(), List.of());
		}
		Set<Long> providers = common.isEmpty() ? any : common;
		return new Routing(false, Set.copyOf(providers), providerNames(providers));
	}

	/** Whether the person is a teacher who may assess learning of the outcomes. */
	public boolean mayAssess(User teacher, Collection<Long> outcomeIds) {
		return mayAssess(teacher, of(outcomeIds));
	}

	public boolean mayAssess(User teacher, Routing routing) {
		if (teacher == null || !teacher.hasRole(Role.TEACHER)) {
			return false;
		}
		if (routing.anyTeacher()) {
			return true;
		}
		Long provider = providerOf(teacher.getId());
		return provider != null && routing.providerIds().contains(provider);
	}

	/** The education provider the user works for, or null. */
	Long providerOf(long userId) {
		return this.jdbc.queryForList("SELECT o.id FROM app_user u JOIN organisation o ON o.id = u.organisation_id"
				+ " WHERE u.id = ? AND o.type = 'PROVIDER'", Long.class, userId).stream().findFirst().orElse(null);
	}

	private List<String> providerNames(Set<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return new NamedParameterJdbcTemplate(this.jdbc).queryForList(
				"SELECT name FROM organisation WHERE id IN (:ids) ORDER BY name", java.util.Map.of("ids", ids),
				String.class);
	}

	/**
	 * Who may assess.
	 * @param anyTeacher whether any teacher may, because no provider offers the outcomes
	 * @param providerIds otherwise, the providers whose teachers may
	 * @param providerNames their names, for the pages
	 */
	public record Routing(boolean anyTeacher, Set<Long> providerIds, List<String> providerNames) {
	}

}
