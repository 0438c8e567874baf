-- Skill needs stated by employers: how many people for an occupation, where, and by when.
CREATE TABLE demand
(
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT        NOT NULL,
  occupation_id   BIGINT        NOT NULL,
  region_id       BIGINT        NOT NULL,
  headcount       INT           NOT NULL,
  horizon_months  INT           NOT NULL,
  note            VARCHAR(500),
  recorded_by     BIGINT        NOT NULL,
  recorded_at     TIMESTAMP(6)  NOT NULL,
  CONSTRAINT ck_demand_headcount CHECK (headcount BETWEEN 1 AND 100000),
  CONSTRAINT ck_demand_horizon CHECK (horizon_months BETWEEN 1 AND 120),
  CONSTRAINT fk_demand_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_demand_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id),
  CONSTRAINT fk_demand_region FOREIGN KEY (region_id) REFERENCES region (id),
  CONSTRAINT fk_demand_recorder FOREIGN KEY (recorded_by) REFERENCES app_user (id)
);
