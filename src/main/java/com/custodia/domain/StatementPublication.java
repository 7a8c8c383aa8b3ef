package com.custodia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One place a statement was published: medium, place (page address, document title), the text's
 * hash as published, the consent it relied on and its ledger entry. The take-down list of a
 * withdrawn statement is the list of these.
 */
@Entity
@Table(name = "statement_publication")
public class StatementPublication {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_publication_seq")
    @SequenceGenerator(name = "statement_publication_seq", sequenceName = "statement_publication_seq",
            allocationSize = 1)
    private Long id;

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Column(name = "consent_id", nullable = false)
    private long consentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "medium", nullable = false, length = 30)
    private StatementMedium medium;

    @Column(name = "place", nullable = false, length = 500)
    private String place;

    @Column(name = "text_sha256", nullable = false, length = 64)
    private String textSha256;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "ledger_seq", nullable = false)
    private long ledgerSeq;

    protected StatementPublication() {
    }

    public StatementPublication(long statementId, long consentId, StatementMedium medium, String place,
                                String textSha256, Instant publishedAt, String publishedBy, long ledgerSeq) {
        this.statementId = statementId;
        this.consentId = consentId;
        this.medium = Objects.requireNonNull(medium, "medium");
        this.place = Texts.required("Place of publication", place, 500);
        this.textSha256 = Objects.requireNonNull(textSha256, "textSha256");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.publishedBy = Texts.required("Published by", publishedBy, 100);
        this.ledgerSeq = ledgerSeq;
    }

    public Long getId() { return id; }
    public long getStatementId() { return statementId; }
    public long getConsentId() { return consentId; }
    public StatementMedium getMedium() { return medium; }
    public String getPlace() { return place; }
    public String getTextSha256() { return textSha256; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public long getLedgerSeq() { return ledgerSeq; }
}
