-- Foundation schema: operators and their roles, the security log, persons.
-- One migration set for H2 and PostgreSQL: standard SQL types only.

CREATE SEQUENCE operator_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE security_event_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE person_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE workspace_info (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    demo            BOOLEAN      NOT NULL
);

CREATE TABLE operator (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_attempts      INTEGER      NOT NULL,
    locked_until         TIMESTAMP(6) WITH TIME ZONE,
    active               BOOLEAN      NOT NULL,
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_login_at        TIMESTAMP(6) WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    CONSTRAINT uk_operator_username UNIQUE (username)
);

CREATE TABLE operator_role (
    operator_id BIGINT      NOT NULL,
    role        VARCHAR(40) NOT NULL,
    CONSTRAINT pk_operator_role PRIMARY KEY (operator_id, role),
    CONSTRAINT fk_operator_role_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);

CREATE TABLE security_event (
    id            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    operator_name VARCHAR(64),
    workstation   VARCHAR(200)  NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    detail        VARCHAR(1000)
);
CREATE INDEX ix_security_event_time ON security_event (occurred_at);

CREATE TABLE person (
    id           BIGINT        NOT NULL PRIMARY KEY,
    external_id  VARCHAR(100),
    kind         VARCHAR(30)   NOT NULL,
    first_name   VARCHAR(200),
    last_name    VARCHAR(200)  NOT NULL,
    company      VARCHAR(300),
    email        VARCHAR(320),
    phone        VARCHAR(50),
    street       VARCHAR(300),
    city         VARCHAR(200),
    postal_code  VARCHAR(30),
    country      VARCHAR(2),
    language     VARCHAR(35),
    status       VARCHAR(30)   NOT NULL,
    notes        VARCHAR(4000),
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT uk_person_external_id UNIQUE (external_id)
);
