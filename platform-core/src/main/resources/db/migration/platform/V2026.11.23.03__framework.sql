CREATE TABLE skill
(
  id    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uri   VARCHAR(255) NOT NULL,
  label VARCHAR(255) NOT NULL,
  CONSTRAINT uk_skill_uri UNIQUE (uri)
);

CREATE TABLE learning_outcome
(
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(32)  NOT NULL,
  statement   VARCHAR(500) NOT NULL,
  type        VARCHAR(16)  NOT NULL,
  bloom_level VARCHAR(16)  NOT NULL,
  eqf_level   INT          NOT NULL,
  category    VARCHAR(24)  NOT NULL,
  updated_at  TIMESTAMP(6) NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_outcome_code UNIQUE (code),
  CONSTRAINT ck_outcome_eqf CHECK (eqf_level BETWEEN 1 AND 8),
  INDEX ix_outcome_filters (eqf_level, category, type)
);

CREATE TABLE learning_outcome_skill
(
  outcome_id BIGINT NOT NULL,
  skill_id   BIGINT NOT NULL,
  PRIMARY KEY (outcome_id, skill_id),
  INDEX ix_outcome_skill_skill (skill_id),
  CONSTRAINT fk_outcome_skill_outcome FOREIGN KEY (outcome_id) REFERENCES learning_outcome (id) ON DELETE CASCADE,
  CONSTRAINT fk_outcome_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
);

CREATE TABLE occupation
(
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(40)   NOT NULL,
  name        VARCHAR(160)  NOT NULL,
  description VARCHAR(2000) NOT NULL,
  esco_uri    VARCHAR(255),
  version     BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_occupation_code UNIQUE (code)
);

CREATE TABLE occupation_outcome
(
  occupation_id BIGINT NOT NULL,
  outcome_id    BIGINT NOT NULL,
  PRIMARY KEY (occupation_id, outcome_id),
  INDEX ix_occupation_outcome_outcome (outcome_id),
  CONSTRAINT fk_occupation_outcome_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id) ON DELETE CASCADE,
  CONSTRAINT fk_occupation_outcome_outcome FOREIGN KEY (outcome_id) REFERENCES learning_outcome (id)
);
