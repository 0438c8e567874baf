-- A teacher saw a learner show an outcome at a workplace. The row is its own audit record: who
-- recorded it, when, where and what they noted.
CREATE TABLE work_based_assessment
(
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  learner_id  BIGINT        NOT NULL,
  outcome_id  BIGINT        NOT NULL,
  teacher_id  BIGINT,
  workplace   VARCHAR(200)  NOT NULL,
  note        VARCHAR(5000) NOT NULL,
  observed_on DATE          NOT NULL,
  recorded_at TIMESTAMP(6)  NOT NULL,
  INDEX ix_work_based_learner (learner_id, recorded_at),
  INDEX ix_work_based_teacher (teacher_id, recorded_at),
  CONSTRAINT fk_work_based_learner FOREIGN KEY (learner_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_work_based_outcome FOREIGN KEY (outcome_id) REFERENCES learning_outcome (id),
  CONSTRAINT fk_work_based_teacher FOREIGN KEY (teacher_id) REFERENCES app_user (id) ON DELETE SET NULL
);
