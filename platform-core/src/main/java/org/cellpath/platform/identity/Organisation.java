package org.cellpath.platform.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** An education provider or an employer, located in a region. */
@Entity
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationType type;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Region region;

	private String website;

	private String email;

	private String description;

	@Version
	private long version;

	protected Organisation() {
	}

	public Organisation(String slug, String name, OrganisationType type, Region region) {
		this.slug = slug;
		this.name = name;
		this.type = type;
		this.region = region;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public OrganisationType getType() {
		return this.type;
	}

	public Region getRegion() {
		return this.region;
	}

	public String getWebsite() {
		return this.website;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDescription() {
		return this.description;
	}

	public boolean isProvider() {
		return this.type == OrganisationType.PROVIDER;
	}

	/** Changes what the organisation says about itself. */
	public void describe(String name, String website, String email, String description) {
		this.name = name;
		this.website = website;
		this.email = email;
		this.description = description;
	}

	public void moveTo(Region region) {
		this.region = region;
	}

}
