package org.cellpath.platform.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Everyone who can sign in. */
public interface Users extends JpaRepository<User, Long> {

	Optional<User> findByUsername(String username);

	/**
	 * Whether the username is taken: an account uses it, or an erased account used it (erased
	 * usernames are never given out again).
	 */
	default boolean existsByUsername(String username) {
		return hasAccountNamed(username) || wasRetired(RetiredUsername.digestOf(username));
	}

	@Query("select count(u) > 0 from User u where u.username = :username")
	boolean hasAccountNamed(String username);

	/** Whether an erased account used the username. */
	default boolean isRetired(String username) {
		return username != null && wasRetired(RetiredUsername.digestOf(username));
	}

	@Query("select count(r) > 0 from RetiredUsername r where r.digest = :digest")
	boolean wasRetired(String digest);

	boolean existsByEmail(String email);

	@EntityGraph(attributePaths = { "organisation", "region" })
	List<User> findAllByOrderByUsername();

	@EntityGraph(attributePaths = { "organisation", "region" })
	List<User> findByOrganisationOrderByUsername(Organisation organisation);

	/** One page of everyone, with their organisation and region. */
	@EntityGraph(attributePaths = { "organisation", "region" }, type = EntityGraphType.LOAD)
	Page<User> findAllBy(Pageable pageable);

	/** One page of those whose username, name or email is like the pattern, with their places. */
	@EntityGraph(attributePaths = { "organisation", "region" }, type = EntityGraphType.LOAD)
	@Query("select u from User u where lower(u.username) like :pattern escape '!' or lower(u.displayName) like :pattern escape '!' or lower(u.email) like :pattern escape '!'")
	Page<User> findMatching(String pattern, Pageable pageable);

	/** One user with their organisation and region. */
	@EntityGraph(attributePaths = { "organisation", "region" }, type = EntityGraphType.LOAD)
	Optional<User> findWithPlacesById(Long id);

	/** The people of an organisation who hold at least one of the roles. */
	@EntityGraph(attributePaths = { "organisation", "region" }, type = EntityGraphType.LOAD)
	@Query(value = "select distinct u from User u join u.roles r where u.organisation = :organisation and r in :roles",
			countQuery = "select count(distinct u) from User u join u.roles r where u.organisation = :organisation and r in :roles")
	Page<User> findByOrganisationHolding(Organisation organisation, Collection<Role> roles, Pageable pageable);

}
