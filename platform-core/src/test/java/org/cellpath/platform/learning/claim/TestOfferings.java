package org.cellpath.platform.learning.claim;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cellpath.platform.learning.OutcomeOfferings;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for course content's offerings in platform-core's tests: each test says which
 * providers offer its outcomes. Outcomes it names nothing for are offered by nobody.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestOfferings {

	@Bean
	Offered offered() {
		return new Offered();
	}

	/** Which providers offer which outcome. */
	public static class Offered implements OutcomeOfferings {

		private final Map<Long, Set<Long>> providers = new ConcurrentHashMap<>();

		public void offer(long outcomeId, Long... providerIds) {
			this.providers.put(outcomeId, Set.of(providerIds));
		}

		@Override
		public Set<Long> providersOffering(long outcomeId) {
			return this.providers.getOrDefault(outcomeId, Set.of());
		}

	}

}
