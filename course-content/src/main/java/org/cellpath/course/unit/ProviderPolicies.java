package org.cellpath.course.unit;

import org.springframework.data.jpa.repository.JpaRepository;

/** Providers' publishing rules; a provider without one publishes without review. */
interface ProviderPolicies extends JpaRepository<ProviderPolicy, Long> {

}
