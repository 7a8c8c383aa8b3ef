-- Review notes on exported case files, imported back from the reviewer's review file (issue 8,
-- decision 0025). A note belongs to one sealing of a case (the SHA-256 of its manifest); the same
-- note imported twice is kept once.
CREATE SEQUENCE case_review_note_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE case_review_note (
    id               BIGINT          NOT NULL PRIMARY KEY,
    case_kind        VARCHAR(30)     NOT NULL,
    case_id          VARCHAR(40)     NOT NULL,
    manifest_sha256  VARCHAR(64)     NOT NULL,
    item             VARCHAR(100)    NOT NULL,
    decision         VARCHAR(20)     NOT NULL,
    note             VARCHAR(4000)   NOT NULL,
    reviewer         VARCHAR(200)    NOT NULL,
    reviewed_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    imported_by      VARCHAR(100)    NOT NULL,
    imported_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_case_review_note UNIQUE (manifest_sha256, item, reviewer, reviewed_at)
);
CREATE INDEX ix_case_review_note_case ON case_review_note (case_kind, case_id);
