-- One attainment per learner and outcome, whatever the number of pieces of evidence.
CREATE TABLE attainment
(
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  learner_id  BIGINT       NOT NULL,
  outcome_id  BIGINT       NOT NULL,
  attained_at TIMESTAMP(6) NOT NULL,
  CONSTRAINT uk_attainment_learner_outcome UNIQUE (learner_id, outcome_id),
  CONSTRAINT fk_attainment_learner FOREIGN KEY (learner_id) REFERENCES app_user (id),
  CONSTRAINT fk_attainment_outcome FOREIGN KEY (outcome_id) REFERENCES learning_outcome (id)
);

CREATE TABLE attainment_evidence
(
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  attainment_id BIGINT       NOT NULL,
  type          VARCHAR(32)  NOT NULL,
  source_ref    VARCHAR(255) NOT NULL,
  source_label  VARCHAR(255) NOT NULL,
  assessor_id   BIGINT,
  recorded_at   TIMESTAMP(6) NOT NULL,
  CONSTRAINT uk_evidence_source UNIQUE (attainment_id, type, source_ref),
  CONSTRAINT fk_evidence_attainment FOREIGN KEY (attainment_id) REFERENCES attainment (id) ON DELETE CASCADE,
  CONSTRAINT fk_evidence_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id)
);
