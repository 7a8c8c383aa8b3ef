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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A statement (testimonial) a person made: the exact text and its SHA-256, where it came from,
 * where it is meant to appear, how it names its author and what incentive was given (which must
 * be disclosed with it). Consent covers the exact text: a changed text needs consent again.
 */
@Entity
@Table(name = "statement")
public class Statement {

    public static final int MAX_TEXT = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
    @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 1)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "text_sha256", nullable = false, length = 64)
    private String textSha256;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "source", nullable = false, length = 30)
    private StatementSource source;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "medium", nullable = false, length = 30)
    private StatementMedium medium;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "attribution", nullable = false, length = 30)
    private Attribution attribution;

    @Column(name = "incentive", length = 500)
    private String incentive;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 30)
    private StatementStatus status = StatementStatus.DRAFT;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Statement() {
    }

    public Statement(long personId, Long campaignId, String text, StatementSource source, StatementMedium medium,
                     Attribution attribution, String incentive, Instant recordedAt, String recordedBy) {
        this.personId = personId;
        this.campaignId = campaignId;
        setText(text);
        this.source = Objects.requireNonNull(source, "source");
        this.medium = Objects.requireNonNull(medium, "medium");
        this.attribution = Objects.requireNonNull(attribution, "attribution");
        this.incentive = Texts.limited("Incentive", blankToNull(incentive), 500);
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.updatedAt = recordedAt;
        this.recordedBy = Texts.required("Recorded by", recordedBy, 100);
    }

    public Long getId() { return id; }
    public long getPersonId() { return personId; }
    public Long getCampaignId() { return campaignId; }
    public String getText() { return text; }
    public String getTextSha256() { return textSha256; }
    public StatementSource getSource() { return source; }
    public StatementMedium getMedium() { return medium; }
    public Attribution getAttribution() { return attribution; }
    public String getIncentive() { return incentive; }
    public StatementStatus getStatus() { return status; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    /**
     * Changes the text. A consent covers the exact text it was given for, so a statement that was
     * approved or published goes back to awaiting consent; a withdrawn one stays withdrawn.
     *
     * @return whether the text really changed
     */
    public boolean edit(String newText, Instant at) {
        if (status == StatementStatus.WITHDRAWN) {
            throw new IllegalStateException("This statement was withdrawn; record a new one instead.");
        }
        if (newText != null && newText.equals(text)) {
            return false;
        }
        setText(newText);
        this.updatedAt = Objects.requireNonNull(at);
        if (status == StatementStatus.APPROVED || status == StatementStatus.PUBLISHED) {
            status = StatementStatus.AWAITING_CONSENT;
        }
        return true;
    }

    /** Asked the person for consent to publish this text. */
    public void askForConsent(Instant at) {
        requireNotWithdrawn();
        if (status == StatementStatus.DRAFT) {
            status = StatementStatus.AWAITING_CONSENT;
            updatedAt = at;
        }
    }

    /** A consent for the current text is on record. */
    public void approve(Instant at) {
        requireNotWithdrawn();
        if (status != StatementStatus.PUBLISHED) {
            status = StatementStatus.APPROVED;
        }
        updatedAt = at;
    }

    public void published(Instant at) {
        requireNotWithdrawn();
        status = StatementStatus.PUBLISHED;
        updatedAt = at;
    }

    /** The person withdrew: every publication has to come down. */
    public void withdraw(Instant at) {
        status = StatementStatus.WITHDRAWN;
        updatedAt = at;
    }

    /** A consent no longer covers the text (withdrawn consent, changed text): back to waiting for one. */
    public void consentLapsed(Instant at) {
        if (status == StatementStatus.APPROVED) {
            status = StatementStatus.AWAITING_CONSENT;
            updatedAt = at;
        }
    }

    private void setText(String value) {
        this.text = Texts.required("Statement text", value, MAX_TEXT);
        this.textSha256 = Hashes.sha256(value);
    }

    private void requireNotWithdrawn() {
        if (status == StatementStatus.WITHDRAWN) {
            throw new IllegalStateException("This statement was withdrawn.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
