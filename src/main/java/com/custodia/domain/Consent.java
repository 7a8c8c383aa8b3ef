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
 * A person's consent to hand named data categories to named recipients for a purpose. The
 * consent issue grows this into a full receipt; the disclosure rules read it now.
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

    /** Withdrawal takes effect at once: the disclosure rules see a withdrawn consent. */
    public void withdraw(Instant at) {
        if (status == ConsentStatus.WITHDRAWN) {
            throw new IllegalStateException("this consent was already withdrawn");
        }
        this.status = ConsentStatus.WITHDRAWN;
        this.withdrawnAt = Objects.requireNonNull(at);
    }
}
