package com.custodia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of the partner agreement. The highest version is the current one: a partner who
 * signed an older one receives nothing until they sign the current one. Versions are only added.
 */
@Entity
@Table(name = "partner_agreement_version")
public class PartnerAgreementVersion {

    @Id
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected PartnerAgreementVersion() {
    }

    public PartnerAgreementVersion(int version, String label, LocalDate effectiveFrom, String setBy, Instant setAt) {
        if (version <= 0) {
            throw new IllegalArgumentException("Agreement version must be at least 1.");
        }
        this.version = version;
        this.label = Texts.required("Label", label == null ? null : label.strip(), 200);
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.setBy = Objects.requireNonNull(setBy);
        this.setAt = Objects.requireNonNull(setAt);
    }

    public int getVersion() { return version; }
    public String getLabel() { return label; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public String getSetBy() { return setBy; }
    public Instant getSetAt() { return setAt; }
}
