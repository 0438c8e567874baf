package org.cellpath.platform.framework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The ESCO skills known to Cellpath. */
public interface Skills extends JpaRepository<Skill, Long> {

	Optional<Skill> findByUri(String uri);

	List<Skill> findByUriIn(Collection<String> uris);

	List<Skill> findAllByOrderByLabel();

}
