-- The committee registry and the decision log. Portable SQL: the same script runs on H2 and
-- PostgreSQL. Committees are stored as JSON text (the fact model's Committee) with a version
-- column for optimistic locking (ETag/If-Match).

CREATE TABLE committee (
    id          VARCHAR(100)             NOT NULL PRIMARY KEY,
    name        VARCHAR(300)             NOT NULL,
    version     BIGINT                   NOT NULL,
    document    TEXT                     NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100)             NOT NULL
);

-- Every version ever written, and each deletion (document NULL): what a logged evaluation's
-- committee version meant.
CREATE TABLE committee_revision (
    committee_id VARCHAR(100)             NOT NULL,
    version      BIGINT                   NOT NULL,
    document     TEXT,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(100)             NOT NULL,
    change_kind  VARCHAR(10)              NOT NULL,
    PRIMARY KEY (committee_id, version)
);

CREATE TABLE evaluation (
    id                VARCHAR(36)              NOT NULL PRIMARY KEY,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    kind              VARCHAR(20)              NOT NULL,
    label             VARCHAR(300),
    caller            VARCHAR(100)             NOT NULL,
    committee_id      VARCHAR(100),
    committee_version BIGINT,
    evaluation_date   DATE,
    input_digest      VARCHAR(64)              NOT NULL,
    rule_set_version  VARCHAR(100)             NOT NULL,
    verdict           VARCHAR(10)              NOT NULL,
    finding_count     INTEGER                  NOT NULL,
    findings          TEXT                     NOT NULL
);

CREATE INDEX evaluation_recorded_at ON evaluation (recorded_at);
CREATE INDEX evaluation_committee ON evaluation (committee_id, recorded_at);
