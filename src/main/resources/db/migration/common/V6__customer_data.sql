-- Everything the vendor collects about a person (DESIGN.md section 3, P5, P8, P10), and the
-- normalised keys that search-as-you-type reads through ordinary B-tree indexes (both engines
-- answer "key >= ? AND key < ?" from an index; neither H2 nor a portable PostgreSQL schema
-- offers an expression index, so the keys are stored columns, written by every writer through
-- com.custodia.policy.SearchKeys).

ALTER TABLE person ADD COLUMN first_name_key VARCHAR(200);
ALTER TABLE person ADD COLUMN last_name_key  VARCHAR(200);
ALTER TABLE person ADD COLUMN company_key    VARCHAR(300);
ALTER TABLE person ADD COLUMN email_key      VARCHAR(320);
ALTER TABLE person ADD COLUMN phone_key      VARCHAR(50);

CREATE SEQUENCE customer_data_seq START WITH 1 INCREMENT BY 50;

-- Non-customers may be written to only for one of these reasons (P10).
CREATE TABLE point_of_contact (
    id           BIGINT       NOT NULL PRIMARY KEY,
    person_id    BIGINT       NOT NULL,
    reason       VARCHAR(30)  NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    note         VARCHAR(500),
    version      BIGINT       NOT NULL,
    CONSTRAINT fk_point_of_contact_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_point_of_contact_reason CHECK (reason IN
        ('PRODUCT_ORDERED', 'TRIAL_ISSUED', 'SUPPORT_REQUESTED', 'INFORMATION_REQUESTED'))
);
CREATE INDEX ix_point_of_contact_person ON point_of_contact (person_id);

-- The key is stored whole (partners verify it); the UI masks it except for roles that need it.
CREATE TABLE license (
    id              BIGINT       NOT NULL PRIMARY KEY,
    person_id       BIGINT       NOT NULL,
    license_key     VARCHAR(64)  NOT NULL,
    license_key_norm VARCHAR(64) NOT NULL,
    product         VARCHAR(100) NOT NULL,
    edition         VARCHAR(50)  NOT NULL,
    seats           INTEGER      NOT NULL,
    issued_on       DATE         NOT NULL,
    expires_on      DATE,
    status          VARCHAR(20)  NOT NULL,
    upgrade_until   DATE,
    version         BIGINT       NOT NULL,
    CONSTRAINT fk_license_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uk_license_key UNIQUE (license_key),
    CONSTRAINT ck_license_status CHECK (status IN ('ACTIVE', 'EXPIRED', 'REVOKED', 'SUSPENDED')),
    CONSTRAINT ck_license_seats CHECK (seats > 0)
);
CREATE INDEX ix_license_person ON license (person_id);
CREATE INDEX ix_license_key_norm ON license (license_key_norm, person_id);

-- A payment card is never stored whole: brand, last four digits, expiry and the processor's token.
CREATE TABLE customer_order (
    id            BIGINT         NOT NULL PRIMARY KEY,
    person_id     BIGINT         NOT NULL,
    product       VARCHAR(100)   NOT NULL,
    ordered_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    amount        DECIMAL(12, 2) NOT NULL,
    currency      VARCHAR(3)     NOT NULL,
    card_brand    VARCHAR(20),
    card_last4    VARCHAR(4),
    card_expiry   VARCHAR(7),
    card_token    VARCHAR(100),
    version       BIGINT         NOT NULL,
    CONSTRAINT fk_customer_order_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_customer_order_last4 CHECK (card_last4 IS NULL OR CHAR_LENGTH(card_last4) = 4)
);
CREATE INDEX ix_customer_order_person ON customer_order (person_id);

CREATE TABLE web_visit (
    id               BIGINT        NOT NULL PRIMARY KEY,
    person_id        BIGINT        NOT NULL,
    visited_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ip_address       VARCHAR(45)   NOT NULL,
    browser          VARCHAR(60),
    browser_version  VARCHAR(30),
    language         VARCHAR(35),
    referrer         VARCHAR(1000),
    search_engine    VARCHAR(60),
    search_keywords  VARCHAR(500),
    pages_viewed     VARCHAR(4000),
    add_ons          VARCHAR(1000),
    window_width     INTEGER,
    window_height    INTEGER,
    cookie_id        VARCHAR(64),
    CONSTRAINT fk_web_visit_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_web_visit_person ON web_visit (person_id, visited_at);

CREATE TABLE forum_post (
    id         BIGINT        NOT NULL PRIMARY KEY,
    person_id  BIGINT        NOT NULL,
    email      VARCHAR(320)  NOT NULL,
    posted_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    subject    VARCHAR(500)  NOT NULL,
    CONSTRAINT fk_forum_post_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_forum_post_person ON forum_post (person_id);

CREATE TABLE correspondence (
    id         BIGINT        NOT NULL PRIMARY KEY,
    person_id  BIGINT        NOT NULL,
    email      VARCHAR(320)  NOT NULL,
    sent_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    subject    VARCHAR(500)  NOT NULL,
    direction  VARCHAR(10)   NOT NULL,
    CONSTRAINT fk_correspondence_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_correspondence_direction CHECK (direction IN ('INBOUND', 'OUTBOUND'))
);
CREATE INDEX ix_correspondence_person ON correspondence (person_id);

CREATE TABLE job_application (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    person_id           BIGINT        NOT NULL,
    full_name           VARCHAR(400)  NOT NULL,
    address             VARCHAR(600),
    phone               VARCHAR(50),
    email               VARCHAR(320),
    employment_history  VARCHAR(8000),
    position            VARCHAR(200)  NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    applied_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_job_application_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_job_application_status CHECK (status IN
        ('RECEIVED', 'IN_REVIEW', 'INTERVIEW', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN'))
);
CREATE INDEX ix_job_application_person ON job_application (person_id);

-- One current row per person and message class; its history is in the change history (P9).
CREATE TABLE communication_preference (
    id             BIGINT       NOT NULL PRIMARY KEY,
    person_id      BIGINT       NOT NULL,
    message_class  VARCHAR(30)  NOT NULL,
    subscribed     BOOLEAN      NOT NULL,
    since          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    source         VARCHAR(100) NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_communication_preference_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uk_communication_preference UNIQUE (person_id, message_class),
    CONSTRAINT ck_communication_preference_class CHECK (message_class IN
        ('WELCOME', 'BILLING', 'TECHNICAL', 'SECURITY', 'FEATURES', 'UPGRADES'))
);

-- Two records found to be one person: what moved where, kept after the merged record is gone.
CREATE TABLE person_merge (
    id             BIGINT        NOT NULL PRIMARY KEY,
    survivor_id    BIGINT        NOT NULL,
    merged_id      BIGINT        NOT NULL,
    merged_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    operator_name  VARCHAR(64)   NOT NULL,
    detail         VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_person_merge_survivor FOREIGN KEY (survivor_id) REFERENCES person (id)
);
CREATE INDEX ix_person_merge_survivor ON person_merge (survivor_id);

-- Change history (who, when, which field, old and new value) of persons and their records. A
-- revision is one saved unit of work; records name the person they belong to, so a merge moves
-- history by re-pointing person_id (no foreign key: the merged record may be gone).
CREATE SEQUENCE change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE change_revision (
    id             BIGINT        NOT NULL PRIMARY KEY,
    changed_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    operator_name  VARCHAR(64)   NOT NULL,
    source         VARCHAR(200)  NOT NULL
);
CREATE TABLE change_record (
    id           BIGINT        NOT NULL PRIMARY KEY,
    revision_id  BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    entity       VARCHAR(40)   NOT NULL,
    entity_id    BIGINT        NOT NULL,
    field        VARCHAR(60)   NOT NULL,
    old_value    VARCHAR(8000),
    new_value    VARCHAR(8000),
    CONSTRAINT fk_change_record_revision FOREIGN KEY (revision_id) REFERENCES change_revision (id)
);
CREATE INDEX ix_change_record_person ON change_record (person_id, revision_id);

-- Search-as-you-type: prefix ranges over each key, and the table's name order, by index.
CREATE INDEX ix_person_last_name_key  ON person (last_name_key, id);
CREATE INDEX ix_person_first_name_key ON person (first_name_key, id);
CREATE INDEX ix_person_company_key    ON person (company_key, id);
CREATE INDEX ix_person_email_key      ON person (email_key, id);
CREATE INDEX ix_person_phone_key      ON person (phone_key, id);
