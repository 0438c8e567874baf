/**
 * Cellpath's shared kernel: identity, the framework of learning outcomes and occupations, the
 * individual learning account and the web shell that every other module builds on.
 */
package org.cellpath.platform;
