package org.cellpath.demo;

/**
 * Demo content that builds on the demo framework and users (units, learning records, ...).
 * Implementations are loaded after {@link DemoData}, in {@code @Order}; each must add nothing when
 * its content is there already.
 */
public interface DemoContent {

	void load();

}
