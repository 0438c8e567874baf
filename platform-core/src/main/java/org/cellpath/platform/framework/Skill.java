package org.cellpath.platform.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An ESCO skill that learning outcomes can be linked to. */
@Entity
public class Skill {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String uri;

	private String label;

	protected Skill() {
	}

	public Skill(String uri, String label) {
		this.uri = uri;
		this.label = label;
	}

	public Long getId() {
		return this.id;
	}

	public String getUri() {
		return this.uri;
	}

	public String getLabel() {
		return this.label;
	}

	public void relabel(String label) {
		this.label = label;
	}

}
