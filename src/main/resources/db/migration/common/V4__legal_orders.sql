-- Legal orders (DESIGN.md P4): what an authority demands, the copy's name, size and hash, and the
-- privacy officer's decision. Scope (persons, categories) in their own tables. The copy's bytes
-- need a binary type each engine spells its own way, so their table is in V5 of each vendor.

CREATE SEQUENCE legal_order_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE legal_order (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    kind                    VARCHAR(30)   NOT NULL,
    authority_name          VARCHAR(300)  NOT NULL,
    authority_address       VARCHAR(500)  NOT NULL,
    reference               VARCHAR(200)  NOT NULL,
    deadline                DATE          NOT NULL,
    non_notification_until  TIMESTAMP(6) WITH TIME ZONE,
    copy_file_name          VARCHAR(255)  NOT NULL,
    copy_size               BIGINT        NOT NULL,
    copy_sha256             VARCHAR(64)   NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    entered_by              VARCHAR(64)   NOT NULL,
    entered_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    decided_by              VARCHAR(64),
    decided_at              TIMESTAMP(6) WITH TIME ZONE,
    decision_reason         VARCHAR(2000),
    disclosed_at            TIMESTAMP(6) WITH TIME ZONE,
    disclosed_seq           BIGINT,
    handover_count          INTEGER       NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT ck_legal_order_kind CHECK (kind IN ('SUBPOENA', 'JUDICIAL_ORDER', 'ENFORCEMENT', 'IP_PROTECTION')),
    CONSTRAINT ck_legal_order_status CHECK (status IN ('RECEIVED', 'APPROVED', 'REJECTED', 'DISCLOSED')),
    -- four eyes, also for anyone who writes to the table by hand
    CONSTRAINT ck_legal_order_four_eyes CHECK (decided_by IS NULL OR decided_by <> entered_by)
);
CREATE INDEX ix_legal_order_deadline ON legal_order (deadline);

-- no foreign key to person: an order's scope stays as the authority wrote it, whatever later
-- happens to the records (the hand-over reports persons no longer held)
CREATE TABLE legal_order_person (
    order_id   BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    CONSTRAINT pk_legal_order_person PRIMARY KEY (order_id, person_id),
    CONSTRAINT fk_legal_order_person FOREIGN KEY (order_id) REFERENCES legal_order (id)
);
CREATE INDEX ix_legal_order_person_person ON legal_order_person (person_id);

CREATE TABLE legal_order_category (
    order_id  BIGINT      NOT NULL,
    category  VARCHAR(60) NOT NULL,
    CONSTRAINT pk_legal_order_category PRIMARY KEY (order_id, category),
    CONSTRAINT fk_legal_order_category FOREIGN KEY (order_id) REFERENCES legal_order (id)
);
