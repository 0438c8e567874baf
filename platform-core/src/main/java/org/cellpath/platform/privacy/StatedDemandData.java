package org.cellpath.platform.privacy;

import java.time.Instant;
import java.util.List;

import org.cellpath.platform.learning.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Skill needs the person recorded for their employer: the rows name them as the one who recorded
 * them. The needs belong to the employer and stay when the person erases their account; they then
 * point at the anonymised account, which names nobody.
 */
@Component
class StatedDemandData implements PersonalData {

	private final JdbcTemplate jdbc;

	StatedDemandData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "statedDemand";
	}

	@Override
	@Transactional(readOnly = true)
	public List<StatedNeed> export(long userId) {
		return this.jdbc.query("""
				SELECT g.slug, c.code, r.code, d.headcount, d.horizon_months, d.note, d.recorded_at
				FROM demand d JOIN organisation g ON g.id = d.organisation_id
				JOIN occupation c ON c.id = d.occupation_id JOIN region r ON r.id = d.region_id
				WHERE d.recorded_by = ? ORDER BY d.recorded_at, d.id""",
				(row, n) -> new StatedNeed(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
						row.getInt(5), row.getString(6), row.getTimestamp(7).toInstant()),
				userId);
	}

	@Override
	public void erase(long userId) {
		// Nothing to delete: the needs are the employer's, and the account they point at is anonymised.
	}

	@Override
	public List<String> retainedAfterErasure() {
		return List.of("privacy.retained.demand");
	}

	/** A skill need the person recorded for an employer. */
	record StatedNeed(String organisation, String occupation, String region, int headcount, int horizonMonths,
			String note, Instant recordedAt) {
	}

}
