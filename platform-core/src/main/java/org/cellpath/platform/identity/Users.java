package org.cellpath.platform.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Everyone who can sign in. */
public interface Users extends JpaRepository<User, Long> {

	Optional<User> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByEmail(String email);

	@EntityGraph(attributePaths = { "organisation", "region" })
	List<User> findAllByOrderByUsername();

	@EntityGraph(attributePaths = { "organisation", "region" })
	List<User> findByOrganisationOrderByUsername(Organisation organisation);

}
