-- Units keep their identity across versions; the document of a published version never changes.
CREATE TABLE course_unit
(
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  provider_id   BIGINT       NOT NULL,
  created_by_id BIGINT,
  created_at    TIMESTAMP(6) NOT NULL,
  retired_at    TIMESTAMP(6) NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_course_unit_provider FOREIGN KEY (provider_id) REFERENCES organisation (id),
  CONSTRAINT fk_course_unit_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id) ON DELETE SET NULL
);

-- Providers that own a unit together with its owning provider (joint curricula).
CREATE TABLE course_unit_co_provider
(
  unit_id         BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  PRIMARY KEY (unit_id, organisation_id),
  CONSTRAINT fk_course_co_provider_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id) ON DELETE CASCADE,
  CONSTRAINT fk_course_co_provider_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- One row per version of a unit. The document (the exchange format, answers included) is the
-- truth; the other columns copy what the catalogue filters and sorts on.
CREATE TABLE course_unit_version
(
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_id          BIGINT        NOT NULL,
  number           INT           NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  document         LONGTEXT      NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  summary          VARCHAR(2000) NOT NULL,
  language         VARCHAR(8)    NOT NULL,
  eqf_level        INT           NOT NULL,
  learning_minutes INT           NOT NULL,
  licence          VARCHAR(32)   NOT NULL,
  delivery_mode    VARCHAR(16)   NOT NULL,
  created_by_id    BIGINT,
  created_at       TIMESTAMP(6)  NOT NULL,
  updated_at       TIMESTAMP(6)  NOT NULL,
  submitted_by_id  BIGINT,
  submitted_at     TIMESTAMP(6)  NULL,
  reviewed_by_id   BIGINT,
  reviewed_at      TIMESTAMP(6)  NULL,
  review_comment   VARCHAR(2000),
  published_by_id  BIGINT,
  published_at     TIMESTAMP(6)  NULL,
  entity_version   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_course_unit_version_number UNIQUE (unit_id, number),
  CONSTRAINT fk_course_version_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id) ON DELETE CASCADE,
  CONSTRAINT fk_course_version_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id) ON DELETE SET NULL,
  CONSTRAINT fk_course_version_submitted_by FOREIGN KEY (submitted_by_id) REFERENCES app_user (id) ON DELETE SET NULL,
  CONSTRAINT fk_course_version_reviewed_by FOREIGN KEY (reviewed_by_id) REFERENCES app_user (id) ON DELETE SET NULL,
  CONSTRAINT fk_course_version_published_by FOREIGN KEY (published_by_id) REFERENCES app_user (id) ON DELETE SET NULL
);
CREATE INDEX ix_course_version_status ON course_unit_version (status, eqf_level, language);

CREATE TABLE course_unit_version_outcome
(
  version_id BIGINT NOT NULL,
  outcome_id BIGINT NOT NULL,
  PRIMARY KEY (version_id, outcome_id),
  CONSTRAINT fk_course_version_outcome_version FOREIGN KEY (version_id) REFERENCES course_unit_version (id) ON DELETE CASCADE,
  CONSTRAINT fk_course_version_outcome_outcome FOREIGN KEY (outcome_id) REFERENCES learning_outcome (id)
);
CREATE INDEX ix_course_version_outcome_outcome ON course_unit_version_outcome (outcome_id);

-- The translated title and summary of a version, for search and cards in the learner's language.
CREATE TABLE course_unit_version_translation
(
  version_id BIGINT        NOT NULL,
  language   VARCHAR(8)    NOT NULL,
  title      VARCHAR(200)  NOT NULL,
  summary    VARCHAR(2000) NOT NULL,
  PRIMARY KEY (version_id, language),
  CONSTRAINT fk_course_version_translation FOREIGN KEY (version_id) REFERENCES course_unit_version (id) ON DELETE CASCADE
);

-- A provider's rules for publishing its units.
CREATE TABLE course_provider_policy
(
  provider_id     BIGINT  NOT NULL PRIMARY KEY,
  requires_review BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_course_policy_provider FOREIGN KEY (provider_id) REFERENCES organisation (id) ON DELETE CASCADE
);
