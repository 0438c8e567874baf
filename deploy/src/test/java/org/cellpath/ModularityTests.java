package org.cellpath;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module structure of ARCHITECTURE.md holds, and its documentation is written. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CellpathApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublishedInterfaces() {
		this.modules.verify();
	}

	@Test
	void theModulesOfTheArchitectureAreThere() {
		assertThat(this.modules.getModuleByName("platform")).isPresent();
		assertThat(this.modules.getModuleByName("course")).isPresent();
		assertThat(this.modules.getModuleByName("badge")).isPresent();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
