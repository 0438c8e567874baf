-- Share links: a learner shows chosen items of their learning record to anyone who has the link.
-- The token is 256 random bits, URL-safe; the learner can copy the link again until it ends.
CREATE TABLE share_link
(
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  learner_id BIGINT       NOT NULL,
  token      VARCHAR(64)  NOT NULL,
  label      VARCHAR(120),
  created_at TIMESTAMP(6) NOT NULL,
  expires_at TIMESTAMP(6) NOT NULL,
  revoked_at TIMESTAMP(6) NULL,
  CONSTRAINT uk_share_link_token UNIQUE (token),
  INDEX ix_share_link_learner (learner_id, created_at),
  CONSTRAINT fk_share_link_learner FOREIGN KEY (learner_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- What a link shows. The kind says what item_id points to (an attainment today, a badge later),
-- so new kinds of items need no new table.
CREATE TABLE share_item
(
  share_id BIGINT      NOT NULL,
  kind     VARCHAR(24) NOT NULL,
  item_id  BIGINT      NOT NULL,
  PRIMARY KEY (share_id, kind, item_id),
  CONSTRAINT fk_share_item_link FOREIGN KEY (share_id) REFERENCES share_link (id) ON DELETE CASCADE
);

-- Every time someone opened a link: when, how, and the organisation of a signed-in viewer. No
-- addresses and no viewer identities are kept.
CREATE TABLE share_view
(
  id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  share_id               BIGINT       NOT NULL,
  viewed_at              TIMESTAMP(6) NOT NULL,
  channel                VARCHAR(16)  NOT NULL,
  viewer_organisation_id BIGINT       NULL,
  occupation_id          BIGINT       NULL,
  INDEX ix_share_view_link (share_id, viewed_at),
  CONSTRAINT fk_share_view_link FOREIGN KEY (share_id) REFERENCES share_link (id) ON DELETE CASCADE,
  CONSTRAINT fk_share_view_organisation FOREIGN KEY (viewer_organisation_id) REFERENCES organisation (id) ON DELETE SET NULL,
  CONSTRAINT fk_share_view_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id) ON DELETE SET NULL
);
