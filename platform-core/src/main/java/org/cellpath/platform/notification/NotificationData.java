package org.cellpath.platform.notification;

import org.cellpath.platform.learning.PersonalData;

import org.springframework.stereotype.Component;

/** The notifications a person received take part in their data export and erasure. */
@Component
class NotificationData implements PersonalData {

	private final Notifications notifications;

	NotificationData(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public String name() {
		return "notifications";
	}

	@Override
	public Object export(long userId) {
		return this.notifications.everythingSentTo(userId);
	}

	@Override
	public void erase(long userId) {
		this.notifications.deleteAllOf(userId);
	}

}
