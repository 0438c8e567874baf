/**
 * The web shell every module's pages share: layout, languages (English, Swedish, Finnish),
 * message bundles, error pages and problem documents for the API.
 */
@NamedInterface("web")
package org.cellpath.platform.web;

import org.springframework.modulith.NamedInterface;
