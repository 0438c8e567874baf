/**
 * Who is who: users and their roles, the organisations they work for (education providers and
 * employers), regions, and how people sign in to pages and the API.
 */
@NamedInterface("identity")
package org.cellpath.platform.identity;

import org.springframework.modulith.NamedInterface;
