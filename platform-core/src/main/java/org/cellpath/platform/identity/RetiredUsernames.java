package org.cellpath.platform.identity;

import org.springframework.data.jpa.repository.JpaRepository;

/** The digests of every username that an erased account used. */
interface RetiredUsernames extends JpaRepository<RetiredUsername, String> {

}
