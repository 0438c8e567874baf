package org.cellpath.platform.learning;

import java.util.Set;

/**
 * Which education providers offer learning for an outcome. Course content implements it (a
 * provider offers an outcome when it owns or co-owns a published unit that addresses it); the
 * learning account uses it to route prior-learning claims to teachers who can judge them.
 */
public interface OutcomeOfferings {

	/** The ids of the provider organisations that offer a published unit addressing the outcome. */
	Set<Long> providersOffering(long outcomeId);

}
