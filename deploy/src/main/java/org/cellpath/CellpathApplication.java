package org.cellpath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Cellpath: micro-learning, learning accounts, pathways and Open Badges for the battery value chain. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CellpathApplication {

	public static void main(String[] args) {
		SpringApplication.run(CellpathApplication.class, args);
	}

}
