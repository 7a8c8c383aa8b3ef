package com.custodia.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person's consent to hand named data categories to named recipients for a purpose, kept as a
 * receipt (the fields of the Kantara Consent Receipt v1.1): the policy version it was given under,
 * how and by whom it was collected, the evidence's SHA-256, the medium or scope, and when and how
 * it was withdrawn. A statement consent also names the statement and the SHA-256 of the exact
 * text agreed to. The disclosure rules read it at every disclosure.
 */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 1)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "purpose", nullable = false, length = 500)
    private String purpose;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_recipient", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "recipient", nullable = false, length = 300)
    private Set<String> recipients = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_category", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "category", nullable = false, length = 60)
    private Set<String> categories = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private ConsentStatus status = ConsentStatus.GRANTED;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "evidence", length = 2000)
    private String evidence;

    @Column(name = "evidence_sha256", length = 64)
    private String evidenceSha256;

    @Column(name = "policy_version_id")
    private Long policyVersionId;

    @Column(name = "purpose_category", length = 100)
    private String purposeCategory;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "consent_type", nullable = false, length = 20)
    private ConsentType consentType = ConsentType.EXPLICIT;

    @Column(name = "medium", length = 100)
    private String medium;

    @Column(name = "collection_method", length = 200)
    private String collectionMethod;

    @Column(name = "collected_by", length = 100)
    private String collectedBy;

    @Column(name = "sensitive", nullable = false)
    private boolean sensitive;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "withdrawal_method", length = 200)
    private String withdrawalMethod;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "needs_reconfirmation", nullable = false)
    private boolean needsReconfirmation;

    @Column(name = "statement_id")
    private Long statementId;

    @Column(name = "statement_sha256", length = 64)
    private String statementSha256;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Consent() {
    }

    public Consent(long personId, String purpose, Set<String> recipients, Set<String> categories, Instant givenAt,
                   String evidence, String evidenceSha256) {
        if (recipients == null || recipients.isEmpty()) {
            throw new IllegalArgumentException("a consent names at least one recipient");
        }
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException("a consent names at least one data category");
        }
        this.personId = personId;
        this.purpose = Objects.requireNonNull(purpose);
        this.recipients.addAll(recipients);
        this.categories.addAll(categories);
        this.givenAt = Objects.requireNonNull(givenAt);
        this.evidence = evidence;
        this.evidenceSha256 = evidenceSha256;
    }

    public Long getId() { return id; }
    public long getPersonId() { return personId; }
    public String getPurpose() { return purpose; }
    public Set<String> getRecipients() { return Set.copyOf(recipients); }
    public Set<String> getCategories() { return Set.copyOf(categories); }
    public ConsentStatus getStatus() { return status; }
    public Instant getGivenAt() { return givenAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getEvidence() { return evidence; }
    public String getEvidenceSha256() { return evidenceSha256; }
    public Long getPolicyVersionId() { return policyVersionId; }
    public String getPurposeCategory() { return purposeCategory; }
    public ConsentType getConsentType() { return consentType; }
    public String getMedium() { return medium; }
    public String getCollectionMethod() { return collectionMethod; }
    public String getCollectedBy() { return collectedBy; }
    public boolean isSensitive() { return sensitive; }
    public Instant getExpiresAt() { return expiresAt; }
    public String getWithdrawalMethod() { return withdrawalMethod; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public boolean isNeedsReconfirmation() { return needsReconfirmation; }
    public Long getStatementId() { return statementId; }
    public String getStatementSha256() { return statementSha256; }
    public long getVersion() { return version; }

    /** The receipt's facts beyond purpose, recipients and categories, set once when the consent is recorded. */
    public void describe(Long policyVersionId, String purposeCategory, ConsentType consentType, String medium,
                         String collectionMethod, String collectedBy, boolean sensitive, Instant expiresAt) {
        this.policyVersionId = policyVersionId;
        this.purposeCategory = Texts.limited("Purpose category", purposeCategory, 100);
        this.consentType = Objects.requireNonNull(consentType, "consentType");
        this.medium = Texts.limited("Medium", medium, 100);
        this.collectionMethod = Texts.required("Collection method", collectionMethod, 200);
        this.collectedBy = Texts.required("Collected by", collectedBy, 100);
        this.sensitive = sensitive;
        if (expiresAt != null && !expiresAt.isAfter(givenAt)) {
            throw new IllegalArgumentException("A consent cannot expire before it was given.");
        }
        this.expiresAt = expiresAt;
    }

    /** Makes this the consent to publish one statement's exact text (its SHA-256) in {@link #getMedium()}. */
    public void coverStatement(long statementId, String textSha256) {
        this.statementId = statementId;
        this.statementSha256 = Objects.requireNonNull(textSha256, "textSha256");
    }

    /** Granted and not past its expiry at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return status == ConsentStatus.GRANTED && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** A newer policy version took effect after this consent was given under an older one (P6). */
    public void markForReconfirmation() {
        this.needsReconfirmation = true;
    }

    /**
     * Withdraws the consent, saying how the person withdrew (email, phone, web form) and who recorded it.
     * Withdrawal takes effect at once: the disclosure rules see a withdrawn consent.
     */
    public void withdraw(Instant at, String how, String by) {
        withdraw(at);
        this.withdrawalMethod = Texts.required("How the consent was withdrawn", how, 200);
        this.withdrawnBy = Texts.limited("Withdrawn by", by, 100);
        this.needsReconfirmation = false;
    }

    /** Withdrawal takes effect at once: the disclosure rules see a withdrawn consent. */
    public void withdraw(Instant at) {
        if (status == ConsentStatus.WITHDRAWN) {
            throw new IllegalStateException("this consent was already withdrawn");
        }
        this.status = ConsentStatus.WITHDRAWN;
        this.withdrawnAt = Objects.requireNonNull(at);
    }
}
