/**
 * Platform administration of the people who sign in: platform admins list users, create accounts
 * with roles and the organisation or region they belong to, and lift sign-in locks.
 * {@link org.cellpath.platform.admin.UserAdministration} holds the rules for new accounts that
 * other features (such as a provider adding its teachers) reuse.
 */
package org.cellpath.platform.admin;
