/**
 * A provider's own staff: provider admins see the teachers and provider admins of their education
 * provider and add teachers to it, under the same rules as every new account
 * ({@link org.cellpath.platform.admin.UserAdministration}).
 */
package org.cellpath.platform.staff;
