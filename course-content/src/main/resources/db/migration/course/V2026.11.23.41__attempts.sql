-- A learner's submitted assessment of one unit version, scored on the server.
CREATE TABLE course_unit_attempt
(
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_id      BIGINT       NOT NULL,
  version_id   BIGINT       NOT NULL,
  learner_id   BIGINT       NOT NULL,
  answers      LONGTEXT     NOT NULL,
  score        DOUBLE       NOT NULL,
  passed       BOOLEAN      NOT NULL,
  submitted_at TIMESTAMP(6) NOT NULL,
  CONSTRAINT fk_course_attempt_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id) ON DELETE CASCADE,
  CONSTRAINT fk_course_attempt_version FOREIGN KEY (version_id) REFERENCES course_unit_version (id) ON DELETE CASCADE,
  CONSTRAINT fk_course_attempt_learner FOREIGN KEY (learner_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_course_attempt_learner ON course_unit_attempt (learner_id, unit_id, version_id);

-- How far a learner got through a unit's content.
CREATE TABLE course_unit_progress
(
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_id     BIGINT       NOT NULL,
  learner_id  BIGINT       NOT NULL,
  version_id  BIGINT       NOT NULL,
  block_index INT          NOT NULL,
  block_count INT          NOT NULL,
  passed      BOOLEAN      NOT NULL DEFAULT FALSE,
  started_at  TIMESTAMP(6) NOT NULL,
  updated_at  TIMESTAMP(6) NOT NULL,
  CONSTRAINT uk_course_progress UNIQUE (unit_id, learner_id),
  CONSTRAINT fk_course_progress_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id) ON DELETE CASCADE,
  CONSTRAINT fk_course_progress_version FOREIGN KEY (version_id) REFERENCES course_unit_version (id) ON DELETE CASCADE,
  CONSTRAINT fk_course_progress_learner FOREIGN KEY (learner_id) REFERENCES app_user (id) ON DELETE CASCADE
);
