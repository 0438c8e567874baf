package org.cellpath.course.unit;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import org.cellpath.platform.identity.Organisation;
import org.cellpath.platform.identity.User;

/**
 * A unit's identity across its versions and translations: who owns it. Its content lives in its
 * {@link UnitVersion}s.
 */
@Entity
@Table(name = "course_unit")
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Organisation provider;

	@ManyToMany
	@JoinTable(name = "course_unit_co_provider", joinColumns = @JoinColumn(name = "unit_id"),
			inverseJoinColumns = @JoinColumn(name = "organisation_id"))
	@BatchSize(size = 100)
	private Set<Organisation> coProviders = new LinkedHashSet<>();

	private Long createdById;

	private Instant createdAt;

	private Instant retiredAt;

	@Version
	private long version;

	protected Unit() {
	}

	Unit(Organisation provider, Collection<Organisation> coProviders, User createdBy, Instant now) {
		this.provider = provider;
		this.coProviders = new LinkedHashSet<>(coProviders);
		this.createdById = createdBy.getId();
		this.createdAt = now;
	}

	public Long getId() {
		return this.id;
	}

	/** The owning provider. */
	public Organisation getProvider() {
		return this.provider;
	}

	/** The co-owning providers, by name. */
	public List<Organisation> getCoProviders() {
		return this.coProviders.stream().sorted(Comparator.comparing(Organisation::getName)).toList();
	}

	public Long getCreatedById() {
		return this.createdById;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** When the unit left the catalogue, or null. */
	public Instant getRetiredAt() {
		return this.retiredAt;
	}

	/** Whether the organisation owns or co-owns the unit. */
	public boolean isOwnedBy(Organisation organisation) {
		return organisation != null && (this.provider.getId().equals(organisation.getId())
				|| this.coProviders.stream().anyMatch((co) -> co.getId().equals(organisation.getId())));
	}

	void shareWith(Collection<Organisation> coProviders) {
		this.coProviders = new LinkedHashSet<>(coProviders);
	}

	void retire(Instant now) {
		this.retiredAt = now;
	}

	void returnToCatalogue() {
		this.retiredAt = null;
	}

}
