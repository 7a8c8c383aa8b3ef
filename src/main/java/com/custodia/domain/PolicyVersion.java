package com.custodia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One published version of the privacy policy (promise P6): label, last-updated date, effective
 * date, the full text and its SHA-256. Never changed after publication; a change is a new version.
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

    /** Longest policy text held. */
    public static final int MAX_TEXT = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_version_seq")
    @SequenceGenerator(name = "policy_version_seq", sequenceName = "policy_version_seq", allocationSize = 1)
    private Long id;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    @Column(name = "last_updated", nullable = false)
    private LocalDate lastUpdated;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "policy_url", length = 500)
    private String policyUrl;

    @Column(name = "full_text", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "text_sha256", nullable = false, length = 64)
    private String textSha256;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PolicyVersion() {
    }

    public PolicyVersion(String label, LocalDate lastUpdated, LocalDate effectiveFrom, String policyUrl, String text,
                         Instant publishedAt, String publishedBy) {
        this.label = Texts.required("Label", label == null ? null : label.strip(), 100);
        this.lastUpdated = Objects.requireNonNull(lastUpdated, "lastUpdated");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveFrom.isBefore(lastUpdated)) {
            throw new IllegalArgumentException("A policy cannot take effect before its last-updated date.");
        }
        this.policyUrl = Texts.limited("Policy address", policyUrl, 500);
        this.text = Texts.required("Policy text", text, MAX_TEXT);
        this.textSha256 = Hashes.sha256(text);
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.publishedBy = Texts.required("Published by", publishedBy, 100);
    }

    public Long getId() { return id; }
    public String getLabel() { return label; }
    public LocalDate getLastUpdated() { return lastUpdated; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public String getPolicyUrl() { return policyUrl; }
    public String getText() { return text; }
    public String getTextSha256() { return textSha256; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
}
