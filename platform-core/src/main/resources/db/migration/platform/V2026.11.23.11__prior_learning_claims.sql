-- Claims of prior learning and their evidence. People who assessed or acted on a claim are kept
-- by id only; when such an account is erased, the entry stays without them (SET NULL).
CREATE TABLE prior_learning_claim
(
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  learner_id   BIGINT        NOT NULL,
  status       VARCHAR(24)   NOT NULL,
  description  VARCHAR(5000) NOT NULL,
  submitted_at TIMESTAMP(6)  NOT NULL,
  updated_at   TIMESTAMP(6)  NOT NULL,
  assessor_id  BIGINT,
  decided_at   TIMESTAMP(6),
  version      BIGINT        NOT NULL DEFAULT 0,
  INDEX ix_claim_status (status, submitted_at),
  INDEX ix_claim_learner (learner_id, submitted_at),
  CONSTRAINT ck_claim_status CHECK (status IN ('SUBMITTED', 'MORE_EVIDENCE_REQUESTED', 'APPROVED', 'REJECTED')),
  CONSTRAINT fk_claim_learner FOREIGN KEY (learner_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_claim_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id) ON DELETE SET NULL
);

CREATE TABLE prior_learning_claim_outcome
(
  claim_id   BIGINT NOT NULL,
  outcome_id BIGINT NOT NULL,
  PRIMARY KEY (claim_id, outcome_id),
  INDEX ix_claim_outcome_outcome (outcome_id),
  CONSTRAINT fk_claim_outcome_claim FOREIGN KEY (claim_id) REFERENCES prior_learning_claim (id) ON DELETE CASCADE,
  CONSTRAINT fk_claim_outcome_outcome FOREIGN KEY (outcome_id) REFERENCES learning_outcome (id)
);

CREATE TABLE prior_learning_claim_link
(
  id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  claim_id BIGINT        NOT NULL,
  url      VARCHAR(2000) NOT NULL,
  added_at TIMESTAMP(6)  NOT NULL,
  CONSTRAINT fk_claim_link_claim FOREIGN KEY (claim_id) REFERENCES prior_learning_claim (id) ON DELETE CASCADE
);

-- What an employer (or another referee) confirms about the learner.
CREATE TABLE prior_learning_claim_reference
(
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  claim_id     BIGINT        NOT NULL,
  name         VARCHAR(120)  NOT NULL,
  organisation VARCHAR(160)  NOT NULL,
  contact      VARCHAR(254)  NOT NULL,
  confirms     VARCHAR(2000) NOT NULL,
  added_at     TIMESTAMP(6)  NOT NULL,
  CONSTRAINT fk_claim_reference_claim FOREIGN KEY (claim_id) REFERENCES prior_learning_claim (id) ON DELETE CASCADE
);

-- Files are described here and their bytes live in their own table, so that lists and pages
-- never read the content by accident.
CREATE TABLE prior_learning_claim_file
(
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  claim_id   BIGINT       NOT NULL,
  file_name  VARCHAR(200) NOT NULL,
  media_type VARCHAR(40)  NOT NULL,
  size_bytes BIGINT       NOT NULL,
  sha256     CHAR(64)     NOT NULL,
  added_at   TIMESTAMP(6) NOT NULL,
  INDEX ix_claim_file_claim (claim_id),
  CONSTRAINT fk_claim_file_claim FOREIGN KEY (claim_id) REFERENCES prior_learning_claim (id) ON DELETE CASCADE
);

CREATE TABLE prior_learning_claim_file_content
(
  file_id BIGINT   NOT NULL PRIMARY KEY,
  content LONGBLOB NOT NULL,
  CONSTRAINT fk_claim_file_content_file FOREIGN KEY (file_id) REFERENCES prior_learning_claim_file (id) ON DELETE CASCADE
);

-- The audit trail: every change of state and every piece of evidence added, by whom and when.
CREATE TABLE prior_learning_claim_event
(
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  claim_id    BIGINT        NOT NULL,
  actor_id    BIGINT,
  happened_at TIMESTAMP(6)  NOT NULL,
  action      VARCHAR(32)   NOT NULL,
  note        VARCHAR(5000),
  INDEX ix_claim_event_claim (claim_id, happened_at),
  CONSTRAINT fk_claim_event_claim FOREIGN KEY (claim_id) REFERENCES prior_learning_claim (id) ON DELETE CASCADE,
  CONSTRAINT fk_claim_event_actor FOREIGN KEY (actor_id) REFERENCES app_user (id) ON DELETE SET NULL
);
