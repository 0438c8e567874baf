package org.cellpath.platform.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An administrative region that coordinates skills supply, e.g. Västerbotten. */
@Entity
public class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** ISO 3166-2 code, e.g. {@code SE-AC}. */
	private String code;

	private String name;

	/** ISO 3166-1 alpha-2 country code. */
	private String country;

	protected Region() {
	}

	public Region(String code, String name, String country) {
		this.code = code;
		this.name = name;
		this.country = country;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getCountry() {
		return this.country;
	}

	public void rename(String name, String country) {
		this.name = name;
		this.country = country;
	}

}
