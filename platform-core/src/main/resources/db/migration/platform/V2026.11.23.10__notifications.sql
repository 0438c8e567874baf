-- In-app notifications. The text is a message code with its arguments, so that it is shown in the
-- reader's language when it is read, not in the language of whoever caused it.
CREATE TABLE notification
(
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient_id BIGINT        NOT NULL,
  message_code VARCHAR(120)  NOT NULL,
  arguments    VARCHAR(2000) NOT NULL,
  link         VARCHAR(500),
  created_at   TIMESTAMP(6)  NOT NULL,
  read_at      TIMESTAMP(6),
  INDEX ix_notification_recipient (recipient_id, read_at, created_at),
  CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id) ON DELETE CASCADE
);
