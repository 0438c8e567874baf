package org.cellpath.platform.demand;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.cellpath.platform.framework.Occupation;
import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.Region;
import org.cellpath.platform.identity.User;

/** An employer's stated need: so many people for an occupation, in a region, within so many months. */
@Entity
public class Demand {

	/** The most people one need may ask for. */
	public static final int MAX_HEADCOUNT = 100_000;

	/** The furthest a need may look ahead, in months. */
	public static final int MAX_HORIZON_MONTHS = 120;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Organisation organisation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Occupation occupation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Region region;

	private int headcount;

	private int horizonMonths;

	private String note;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "recorded_by")
	private User recordedBy;

	private Instant recordedAt;

	protected Demand() {
	}

	public Demand(Organisation organisation, Occupation occupation, Region region, int headcount, int horizonMonths,
			String note, User recordedBy, Instant recordedAt) {
		this.organisation = organisation;
		this.occupation = occupation;
		this.region = region;
		this.headcount = headcount;
		this.horizonMonths = horizonMonths;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public Occupation getOccupation() {
		return this.occupation;
	}

	public Region getRegion() {
		return this.region;
	}

	public int getHeadcount() {
		return this.headcount;
	}

	public int getHorizonMonths() {
		return this.horizonMonths;
	}

	public String getNote() {
		return this.note;
	}

	public User getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
