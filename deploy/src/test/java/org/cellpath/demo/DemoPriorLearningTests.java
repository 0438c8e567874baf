package org.cellpath.demo;

import java.util.List;

import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.learning.claim.Claim;
import org.cellpath.platform.learning.claim.ClaimStatus;
import org.cellpath.platform.learning.claim.PriorLearningClaims;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo learner's claim waits in the demo teacher's queue, and loading the demo again adds none. */
@SpringBootTest
class DemoPriorLearningTests {

	@Autowired
	DemoPriorLearning demo;

	@Autowired
	PriorLearningClaims claims;

	@Autowired
	Users users;

	@Test
	void theDemoLearnersClaimWithAPdfWaitsForTheDemoTeacherAndIsAddedOnce() {
		User learner = this.users.findByUsername("learner").orElseThrow();
		User teacher = this.users.findByUsername("teacher").orElseThrow();
		int before = this.claims.of(learner).size();
		this.demo.load();
		assertThat(this.claims.of(learner)).as("claims after loading the demo again").hasSize(before);

		// Other tests on the demo data may add claims of their own; the demo's has the employer's statement.
		List<Claim> demos = this.claims.of(learner)
			.stream()
			.filter((c) -> c.files().stream().anyMatch((f) -> f.fileName().equals("employer-statement.pdf")))
			.toList();
		assertThat(demos).hasSize(1);
		Claim claim = demos.get(0);
		assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
		assertThat(claim.files()).singleElement()
			.satisfies((file) -> assertThat(file.mediaType()).isEqualTo("application/pdf"));
		assertThat(claim.references()).hasSize(1);
		assertThat(this.claims.queue(teacher, ClaimStatus.SUBMITTED)).extracting(Claim::id).contains(claim.id());
	}

}
