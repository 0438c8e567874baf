CREATE TABLE region
(
  id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code    VARCHAR(16)  NOT NULL,
  name    VARCHAR(120) NOT NULL,
  country CHAR(2)      NOT NULL,
  CONSTRAINT uk_region_code UNIQUE (code)
);

CREATE TABLE organisation
(
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug        VARCHAR(80)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  type        VARCHAR(16)   NOT NULL,
  region_id   BIGINT        NOT NULL,
  website     VARCHAR(300),
  email       VARCHAR(254),
  description VARCHAR(1000),
  version     BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_organisation_slug UNIQUE (slug),
  CONSTRAINT fk_organisation_region FOREIGN KEY (region_id) REFERENCES region (id)
);

CREATE TABLE app_user
(
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username        VARCHAR(64)  NOT NULL,
  password_hash   VARCHAR(255) NOT NULL,
  display_name    VARCHAR(120) NOT NULL,
  email           VARCHAR(254) NOT NULL,
  organisation_id BIGINT,
  region_id       BIGINT,
  locale          VARCHAR(8),
  failed_sign_ins INT          NOT NULL DEFAULT 0,
  locked_until    TIMESTAMP(6) NULL,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at      TIMESTAMP(6) NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_user_username UNIQUE (username),
  CONSTRAINT uk_user_email UNIQUE (email),
  CONSTRAINT fk_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_user_region FOREIGN KEY (region_id) REFERENCES region (id)
);

CREATE TABLE app_user_role
(
  user_id BIGINT      NOT NULL,
  role    VARCHAR(24) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
