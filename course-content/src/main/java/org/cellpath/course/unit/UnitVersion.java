package org.cellpath.course.unit;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import org.cellpath.course.exchange.UnitDocument;
import org.cellpath.course.exchange.UnitFormat;
import org.cellpath.platform.framework.LearningOutcome;
import org.cellpath.platform.identity.User;

/**
 * One version of a unit: its document in the exchange format (answers included) and copies of
 * the fields the catalogue filters on. Only an open version (draft, in review, approved) changes;
 * a published one never does.
 */
@Entity
@Table(name = "course_unit_version")
public class UnitVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Unit unit;

	private int number;

	@Enumerated(EnumType.STRING)
	private VersionStatus status;

	@Column(columnDefinition = "longtext")
	private String document;

	private String title;

	private String summary;

	private String language;

	private int eqfLevel;

	private int learningMinutes;

	private String licence;

	private String deliveryMode;

	@ManyToMany
	@JoinTable(name = "course_unit_version_outcome", joinColumns = @JoinColumn(name = "version_id"),
			inverseJoinColumns = @JoinColumn(name = "outcome_id"))
	@BatchSize(size = 100)
	private Set<LearningOutcome> outcomes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "course_unit_version_translation", joinColumns = @JoinColumn(name = "version_id"))
	@BatchSize(size = 100)
	private Set<TranslatedTitle> translations = new LinkedHashSet<>();

	private Long createdById;

	private Instant createdAt;

	private Instant updatedAt;

	private Long submittedById;

	private Instant submittedAt;

	private Long reviewedById;

	private Instant reviewedAt;

	private String reviewComment;

	private Long publishedById;

	private Instant publishedAt;

	@Version
	private long entityVersion;

	protected UnitVersion() {
	}

	UnitVersion(Unit unit, int number, UnitDocument document, Collection<LearningOutcome> outcomes, User author,
			Instant now) {
		this.unit = unit;
		this.number = number;
		this.status = VersionStatus.DRAFT;
		this.createdById = author.getId();
		this.createdAt = now;
		write(document, outcomes, now);
	}

	/** Replaces the document of an open version; it becomes a draft again. */
	void rewrite(UnitDocument document, Collection<LearningOutcome> outcomes, Instant now) {
		if (!this.status.isOpen()) {
			throw new IllegalStateException("Version " + this.number + " is " + this.status + " and never changes");
		}
		write(document, outcomes, now);
		this.status = VersionStatus.DRAFT;
		this.submittedById = null;
		this.submittedAt = null;
		this.reviewedById = null;
		this.reviewedAt = null;
	}

	private void write(UnitDocument document, Collection<LearningOutcome> outcomes, Instant now) {
		this.document = UnitFormat.writeString(document);
		this.title = document.title();
		this.summary = document.summary();
		this.language = document.language();
		this.eqfLevel = document.eqfLevel();
		this.learningMinutes = document.learningMinutes();
		this.licence = document.licence();
		this.deliveryMode = document.deliveryMode();
		this.outcomes = new LinkedHashSet<>(outcomes);
		this.translations = new LinkedHashSet<>();
		document.translations()
			.forEach((lang, translation) -> this.translations
				.add(new TranslatedTitle(lang, translation.title(), translation.summary())));
		this.updatedAt = now;
	}

	void submit(User teacher, Instant now) {
		this.status = VersionStatus.IN_REVIEW;
		this.submittedById = teacher.getId();
		this.submittedAt = now;
		this.reviewComment = null;
	}

	void approve(User reviewer, String comment, Instant now) {
		this.status = VersionStatus.APPROVED;
		review(reviewer, comment, now);
	}

	void returnToDraft(User reviewer, String comment, Instant now) {
		this.status = VersionStatus.DRAFT;
		review(reviewer, comment, now);
	}

	private void review(User reviewer, String comment, Instant now) {
		this.reviewedById = reviewer.getId();
		this.reviewedAt = now;
		this.reviewComment = (comment == null || comment.isBlank()) ? null : comment.strip();
	}

	void publish(User teacher, Instant now) {
		this.status = VersionStatus.PUBLISHED;
		this.publishedById = teacher.getId();
		this.publishedAt = now;
	}

	void supersede() {
		this.status = VersionStatus.SUPERSEDED;
	}

	void retire() {
		this.status = VersionStatus.RETIRED;
	}

	public Long getId() {
		return this.id;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public int getNumber() {
		return this.number;
	}

	public VersionStatus getStatus() {
		return this.status;
	}

	/** The document in the exchange format, answers included. */
	public UnitDocument getDocument() {
		return UnitFormat.read(this.document);
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getLanguage() {
		return this.language;
	}

	public int getEqfLevel() {
		return this.eqfLevel;
	}

	public int getLearningMinutes() {
		return this.learningMinutes;
	}

	public String getLicence() {
		return this.licence;
	}

	public String getDeliveryMode() {
		return this.deliveryMode;
	}

	/** The outcomes it addresses, by code. */
	public List<LearningOutcome> getOutcomes() {
		return this.outcomes.stream().sorted(Comparator.comparing(LearningOutcome::getCode)).toList();
	}

	/** Translated titles and summaries, by language. */
	public List<TranslatedTitle> getTranslations() {
		return this.translations.stream().sorted(Comparator.comparing(TranslatedTitle::getLanguage)).toList();
	}

	/** The title in the language where a translation exists, else the original title. */
	public String titleIn(String language) {
		return this.translations.stream()
			.filter((t) -> t.getLanguage().equals(language))
			.map(TranslatedTitle::getTitle)
			.findFirst()
			.orElse(this.title);
	}

	/** The summary in the language where a translation exists, else the original summary. */
	public String summaryIn(String language) {
		return this.translations.stream()
			.filter((t) -> t.getLanguage().equals(language))
			.map(TranslatedTitle::getSummary)
			.findFirst()
			.orElse(this.summary);
	}

	public Long getCreatedById() {
		return this.createdById;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Long getSubmittedById() {
		return this.submittedById;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Long getReviewedById() {
		return this.reviewedById;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public String getReviewComment() {
		return this.reviewComment;
	}

	public Long getPublishedById() {
		return this.publishedById;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	/** A translated title and summary, copied from the document for search. */
	@Embeddable
	public static class TranslatedTitle {

		private String language;

		private String title;

		private String summary;

		protected TranslatedTitle() {
		}

		TranslatedTitle(String language, String title, String summary) {
			this.language = language;
			this.title = title;
			this.summary = summary;
		}

		public String getLanguage() {
			return this.language;
		}

		public String getTitle() {
			return this.title;
		}

		public String getSummary() {
			return this.summary;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TranslatedTitle that && this.language.equals(that.language);
		}

		@Override
		public int hashCode() {
			return this.language.hashCode();
		}

	}

}
