/**
 * In-app notifications: short messages to one person (a claim was decided, a badge was issued),
 * shown on their notifications page and counted in the page header. Other modules send them
 * through {@link org.cellpath.platform.notification.Notifications}.
 */
@NamedInterface("notification")
package org.cellpath.platform.notification;

import org.springframework.modulith.NamedInterface;
