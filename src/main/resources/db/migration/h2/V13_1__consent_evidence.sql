-- H2: the evidence of each consent as received (signed form, email, recording), whose SHA-256 the consent holds.
CREATE TABLE consent_evidence (
    consent_id  BIGINT        NOT NULL PRIMARY KEY,
    file_name   VARCHAR(300)  NOT NULL,
    content     BLOB          NOT NULL,
    CONSTRAINT fk_consent_evidence FOREIGN KEY (consent_id) REFERENCES consent (id)
);
