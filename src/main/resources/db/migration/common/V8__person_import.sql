-- How far each import of a person file got (DESIGN.md section 9, issue 4 item 6). A batch of rows
-- and the advance of its import's row commit in one transaction, so after a cancel or a kill the
-- row says exactly which bytes of the file are in: a re-run of the same file (same name and size,
-- and the same SHA-256 over the committed bytes) resumes after them instead of inserting the rows
-- without an external_id a second time.
CREATE SEQUENCE person_import_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE person_import (
    id               BIGINT        NOT NULL PRIMARY KEY,
    file_name        VARCHAR(1000) NOT NULL,
    file_size        BIGINT        NOT NULL,
    operator_name    VARCHAR(64)   NOT NULL,
    started_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    committed_bytes  BIGINT        NOT NULL,
    committed_sha256 VARCHAR(64)   NOT NULL,
    next_line        BIGINT        NOT NULL,
    batches          BIGINT        NOT NULL,
    rows_read        BIGINT        NOT NULL,
    inserted         BIGINT        NOT NULL,
    updated          BIGINT        NOT NULL,
    unchanged        BIGINT        NOT NULL,
    rejected         BIGINT        NOT NULL,
    CONSTRAINT ck_person_import_status CHECK (status IN ('RUNNING', 'INTERRUPTED', 'FINISHED', 'ABANDONED'))
);
CREATE INDEX ix_person_import_file ON person_import (file_name, file_size, status);
