-- Access and correction requests (DESIGN.md P7; decision 0024): what the requester gave, the
-- persons it was matched to, the identity check (four eyes for access), the deadline clock's
-- stops and starts, the extension, the response, correction items and, per recipient of an old
-- value, the notification task. No foreign key to person: a request stays as received whatever
-- happens to the records later (merges, deletion); the report reads merged records too.

CREATE SEQUENCE subject_request_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE subject_request_part_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE subject_request (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    kind                   VARCHAR(20)   NOT NULL,
    channel                VARCHAR(20)   NOT NULL,
    jurisdiction           VARCHAR(20)   NOT NULL,
    received_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    given_name             VARCHAR(300),
    given_email            VARCHAR(320),
    given_phone            VARCHAR(50),
    given_customer_number  VARCHAR(100),
    given_license_key      VARCHAR(100),
    given_address          VARCHAR(500),
    status                 VARCHAR(30)   NOT NULL,
    entered_by             VARCHAR(64)   NOT NULL,
    entered_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    matched_by             VARCHAR(64),
    matched_at             TIMESTAMP(6) WITH TIME ZONE,
    verification_method    VARCHAR(40),
    evidence_sha256        VARCHAR(64),
    verified_by            VARCHAR(64),
    verified_at            TIMESTAMP(6) WITH TIME ZONE,
    confirmed_by           VARCHAR(64),
    confirmed_at           TIMESTAMP(6) WITH TIME ZONE,
    extension_units        INTEGER,
    extension_reason       VARCHAR(2000),
    person_told_at         TIMESTAMP(6) WITH TIME ZONE,
    extended_by            VARCHAR(64),
    extended_at            TIMESTAMP(6) WITH TIME ZONE,
    responded_at           TIMESTAMP(6) WITH TIME ZONE,
    response_nature        VARCHAR(40),
    denial_basis           VARCHAR(2000),
    delivered_seq          BIGINT,
    recipients_told_at     TIMESTAMP(6) WITH TIME ZONE,
    version                BIGINT        NOT NULL,
    CONSTRAINT ck_subject_request_kind CHECK (kind IN ('ACCESS', 'CORRECTION')),
    CONSTRAINT ck_subject_request_channel CHECK (channel IN ('PHONE', 'EMAIL', 'LETTER', 'WEB_FORM')),
    CONSTRAINT ck_subject_request_jurisdiction CHECK (jurisdiction IN ('DEFAULT', 'CALIFORNIA')),
    CONSTRAINT ck_subject_request_status CHECK (status IN ('RECEIVED', 'AWAITING_IDENTITY', 'VERIFIED',
        'COMPLETED', 'REFUSED')),
    -- four eyes, also for anyone who writes to the table by hand
    CONSTRAINT ck_subject_request_four_eyes CHECK (confirmed_by IS NULL OR confirmed_by <> verified_by)
);
CREATE INDEX ix_subject_request_received ON subject_request (received_at);

CREATE TABLE subject_request_person (
    request_id  BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    CONSTRAINT pk_subject_request_person PRIMARY KEY (request_id, person_id),
    CONSTRAINT fk_subject_request_person FOREIGN KEY (request_id) REFERENCES subject_request (id)
);
CREATE INDEX ix_subject_request_person_person ON subject_request_person (person_id);

-- every stop and start of the deadline clock, never changed
CREATE TABLE subject_request_clock (
    id             BIGINT        NOT NULL PRIMARY KEY,
    request_id     BIGINT        NOT NULL,
    event          VARCHAR(10)   NOT NULL,
    occurred_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    operator_name  VARCHAR(64)   NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    CONSTRAINT fk_subject_request_clock FOREIGN KEY (request_id) REFERENCES subject_request (id),
    CONSTRAINT ck_subject_request_clock_event CHECK (event IN ('STOPPED', 'STARTED'))
);
CREATE INDEX ix_subject_request_clock_request ON subject_request_clock (request_id, occurred_at);

CREATE TABLE subject_request_item (
    id               BIGINT        NOT NULL PRIMARY KEY,
    request_id       BIGINT        NOT NULL,
    person_id        BIGINT        NOT NULL,
    field            VARCHAR(40)   NOT NULL,
    old_value        VARCHAR(4000),
    requested_value  VARCHAR(4000),
    evidence         VARCHAR(2000),
    status           VARCHAR(20)   NOT NULL,
    decided_by       VARCHAR(64),
    decided_at       TIMESTAMP(6) WITH TIME ZONE,
    decision_reason  VARCHAR(2000),
    applied_by       VARCHAR(64),
    applied_at       TIMESTAMP(6) WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_subject_request_item FOREIGN KEY (request_id) REFERENCES subject_request (id),
    CONSTRAINT ck_subject_request_item_status CHECK (status IN ('PENDING', 'APPROVED', 'DENIED', 'APPLIED')),
    CONSTRAINT ck_subject_request_item_denial CHECK (status <> 'DENIED' OR decision_reason IS NOT NULL)
);
CREATE INDEX ix_subject_request_item_request ON subject_request_item (request_id);
CREATE INDEX ix_subject_request_item_person ON subject_request_item (person_id);

-- one task per recipient of a corrected value: told when, or why telling is impossible
CREATE TABLE subject_request_notice (
    id               BIGINT        NOT NULL PRIMARY KEY,
    request_id       BIGINT        NOT NULL,
    item_id          BIGINT        NOT NULL,
    recipient_kind   VARCHAR(20)   NOT NULL,
    recipient_name   VARCHAR(300)  NOT NULL,
    ledger_seqs      VARCHAR(2000) NOT NULL,
    last_disclosed   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    resolved_by      VARCHAR(64),
    resolved_at      TIMESTAMP(6) WITH TIME ZONE,
    note             VARCHAR(2000),
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_subject_request_notice_request FOREIGN KEY (request_id) REFERENCES subject_request (id),
    CONSTRAINT fk_subject_request_notice_item FOREIGN KEY (item_id) REFERENCES subject_request_item (id),
    CONSTRAINT ck_subject_request_notice_status CHECK (status IN ('OPEN', 'TOLD', 'IMPOSSIBLE',
        'DISPROPORTIONATE')),
    CONSTRAINT ck_subject_request_notice_note CHECK (status IN ('OPEN', 'TOLD') OR note IS NOT NULL)
);
CREATE INDEX ix_subject_request_notice_request ON subject_request_notice (request_id);
