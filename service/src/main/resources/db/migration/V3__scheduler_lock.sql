-- ShedLock's table (JDBC lock provider): a scheduled job runs on one instance per schedule when
-- several share the database (docs/deployment.md). Portable SQL for H2 and PostgreSQL.

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
