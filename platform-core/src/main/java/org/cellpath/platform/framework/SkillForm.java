package org.cellpath.platform.framework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An ESCO skill to make known to Cellpath.
 *
 * @param uri the ESCO concept URI
 * @param label its preferred label
 */
public record SkillForm(
		@NotBlank(message = "{skill.uri.required}") @Pattern(regexp = EscoUris.SKILL, message = "{skill.uri.pattern}") String uri,
		@NotBlank(message = "{skill.label.required}") @Size(max = 255, message = "{skill.label.size}") String label) {

	public SkillForm {
		uri = (uri != null) ? uri.trim() : null;
		label = (label != null) ? label.trim() : null;
	}

}
