-- Spring Modulith 2's JDBC event publication registry (schemas/v2/schema-mariadb.sql of
-- spring-modulith-events-jdbc 2.1.1). Keep in step when Spring Modulith is upgraded.
CREATE TABLE EVENT_PUBLICATION
(
  ID                     VARCHAR(36)   NOT NULL,
  LISTENER_ID            VARCHAR(512)  NOT NULL,
  EVENT_TYPE             VARCHAR(512)  NOT NULL,
  SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(6)  NOT NULL,
  COMPLETION_DATE        TIMESTAMP(6)  DEFAULT NULL NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(6),
  PRIMARY KEY (ID),
  INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
);
