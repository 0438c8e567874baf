package org.cellpath.course.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** All versions of all units. */
public interface UnitVersions extends JpaRepository<UnitVersion, Long>, JpaSpecificationExecutor<UnitVersion> {

	/** The unit's version in the status; for PUBLISHED, the one learners see. */
	@EntityGraph(attributePaths = { "unit", "unit.provider" }, type = EntityGraphType.LOAD)
	Optional<UnitVersion> findFirstByUnitIdAndStatusInOrderByNumberDesc(Long unitId, Collection<VersionStatus> statuses);

	@EntityGraph(attributePaths = { "unit", "unit.provider" }, type = EntityGraphType.LOAD)
	Optional<UnitVersion> findByUnitIdAndNumber(Long unitId, int number);

	/** Every version of the unit, newest first. */
	List<UnitVersion> findByUnitIdOrderByNumberDesc(Long unitId);

	@Query("select coalesce(max(v.number), 0) from UnitVersion v where v.unit.id = :unitId")
	int lastNumber(Long unitId);

	/** Versions in the status of units that the organisation owns or co-owns, latest change first. */
	@EntityGraph(attributePaths = { "unit", "unit.provider" }, type = EntityGraphType.LOAD)
	@Query("select v from UnitVersion v where v.status in :statuses and (v.unit.provider.id = :organisationId"
			+ " or exists (select 1 from Unit u join u.coProviders c where u = v.unit and c.id = :organisationId))"
			+ " order by v.updatedAt desc")
	List<UnitVersion> findOwnedBy(Long organisationId, Collection<VersionStatus> statuses);

	/** The latest version of each unit that the organisation owns or co-owns, latest change first. */
	@EntityGraph(attributePaths = { "unit", "unit.provider" }, type = EntityGraphType.LOAD)
	@Query("select v from UnitVersion v where v.number = (select max(w.number) from UnitVersion w where w.unit = v.unit)"
			+ " and (v.unit.provider.id = :organisationId"
			+ " or exists (select 1 from Unit u join u.coProviders c where u = v.unit and c.id = :organisationId))"
			+ " order by v.updatedAt desc")
	List<UnitVersion> findLatestOwnedBy(Long organisationId);

	/** The languages published units read in (their own or a translation's). */
	@Query("select distinct v.language from UnitVersion v where v.status = org.cellpath.course.unit.VersionStatus.PUBLISHED")
	List<String> publishedLanguages();

	@Query("select distinct t.language from UnitVersion v join v.translations t"
			+ " where v.status = org.cellpath.course.unit.VersionStatus.PUBLISHED")
	List<String> publishedTranslationLanguages();

	/** The providers that own a published unit. */
	@Query("select distinct p from UnitVersion v join v.unit u join u.provider p join fetch p.region"
			+ " where v.status = org.cellpath.course.unit.VersionStatus.PUBLISHED")
	List<org.cellpath.platform.identity.Organisation> publishingProviders();

	/** Whether any published version of a unit owned or co-owned by the provider addresses the outcome. */
	@Query("select distinct v.unit.provider.id from UnitVersion v join v.outcomes o where o.id = :outcomeId"
			+ " and v.status = org.cellpath.course.unit.VersionStatus.PUBLISHED")
	List<Long> ownersPublishing(Long outcomeId);

	@Query("select distinct c.id from UnitVersion v join v.outcomes o join v.unit.coProviders c where o.id = :outcomeId"
			+ " and v.status = org.cellpath.course.unit.VersionStatus.PUBLISHED")
	List<Long> coOwnersPublishing(Long outcomeId);

}
