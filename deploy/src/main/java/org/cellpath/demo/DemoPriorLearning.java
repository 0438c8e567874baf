package org.cellpath.demo;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.framework.LearningOutcomes;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.identity.Users;
import org.cellpath.platform.learning.claim.Assessors;
import org.cellpath.platform.learning.claim.ClaimForm;
import org.cellpath.platform.learning.claim.EvidenceUpload;
import org.cellpath.platform.learning.claim.PriorLearningClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One submitted prior-learning claim by the demo learner, with a small PDF from an employer,
 * waiting for the demo teacher: for an outcome the teacher's provider offers where there is one,
 * otherwise for one that no provider offers (which any teacher may assess). Added only when the
 * learner has no claim yet.
 */
@Component
@Order(30)
class DemoPriorLearning implements DemoContent {

	private static final Logger log = LoggerFactory.getLogger(DemoPriorLearning.class);

	private final Users users;

	private final LearningOutcomes outcomes;

	private final Assessors assessors;

	private final PriorLearningClaims claims;

	DemoPriorLearning(Users users, LearningOutcomes outcomes, Assessors assessors, PriorLearningClaims claims) {
		this.users = users;
		this.outcomes = outcomes;
		this.assessors = assessors;
		this.claims = claims;
	}

	@Override
	@Transactional
	public void load() {
		User learner = this.users.findByUsername("learner").orElse(null);
		User teacher = this.users.findByUsername("teacher").orElse(null);
		if (learner == null || teacher == null || !this.claims.of(learner).isEmpty()) {
			return;
		}
		Optional<LearningOutcome> outcome = outcomeFor(teacher);
		if (outcome.isEmpty()) {
			log.warn("No outcome that the demo teacher may assess: no demo prior-learning claim");
			return;
		}
		byte[] pdf = employerStatement(learner, outcome.get());
		this.claims.submit(learner, new ClaimForm(List.of(outcome.get().getCode()),
				"For two years I worked as an operator at a battery module assembly line. I followed the site's "
						+ "safety procedures every shift, checked personal protective equipment and isolated modules "
						+ "before handling them.",
				List.of("https://www.example.org/portfolio/lina-lindqvist"), "Maria Ek", "Nordic Cell Assembly AB",
				"maria.ek@example.org", "Lina worked safely on the module line from 2023 to 2025 and trained new colleagues."),
				List.of(new EvidenceUpload("employer-statement.pdf", pdf.length, new ByteArrayResource(pdf))));
		log.info("Demo prior-learning claim for {} submitted, waiting for the teacher", outcome.get().getCode());
	}

	/** An outcome the teacher's own provider offers, else one the teacher may assess because nobody offers it. */
	private Optional<LearningOutcome> outcomeFor(User teacher) {
		List<LearningOutcome> all = this.outcomes.findAllByOrderByCode();
		Optional<LearningOutcome> offered = all.stream()
			.filter((outcome) -> !this.assessors.of(List.of(outcome.getId())).anyTeacher()
					&& this.assessors.mayAssess(teacher, List.of(outcome.getId())))
			.findFirst();
		return offered.or(() -> all.stream()
			.filter((outcome) -> this.assessors.mayAssess(teacher, List.of(outcome.getId())))
			.findFirst());
	}

	private static byte[] employerStatement(User learner, LearningOutcome outcome) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Statement of work experience"));
		document.add(new Paragraph("Nordic Cell Assembly AB confirms that " + learner.getDisplayName()
				+ " worked as a module assembly operator from 2023 to 2025."));
		document.add(new Paragraph("This covers the learning outcome " + outcome.getCode() + ": " + outcome.getStatement()));
		document.close();
		return out.toByteArray();
	}

}
