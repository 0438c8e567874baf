-- Erasing an account keeps the row (issued credentials and other learners' evidence refer to its
-- id) but removes everything that identifies the person: name, email and password hash go.
ALTER TABLE app_user
  MODIFY password_hash VARCHAR(255) NULL,
  MODIFY display_name VARCHAR(120) NULL,
  MODIFY email VARCHAR(254) NULL,
  ADD COLUMN erased_at TIMESTAMP(6) NULL;

-- Usernames of erased accounts are never given out again, so that nobody can pass as the person
-- who used one. Only a one-way SHA-256 digest is kept, with nothing that links it to the
-- anonymised account.
CREATE TABLE retired_username
(
  digest CHAR(64) NOT NULL PRIMARY KEY
);
