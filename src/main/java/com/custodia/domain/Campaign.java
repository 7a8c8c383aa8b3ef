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
 * A satisfaction survey or testimonial request (promise P3), run by the vendor or by a named
 * partner or contractor. Handing its contact list to a partner or contractor is a disclosure;
 * {@link #getHandedOverSeq()} is the ledger entry that recorded it.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 1)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 30)
    private CampaignKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "run_by", nullable = false, length = 20)
    private CampaignRunner runBy;

    @Column(name = "runner_name", nullable = false, length = 200)
    private String runnerName;

    @Column(name = "purpose", nullable = false, length = 500)
    private String purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "handed_over_seq")
    private Long handedOverSeq;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Campaign() {
    }

    public Campaign(String name, CampaignKind kind, CampaignRunner runBy, String runnerName, String purpose,
                    Instant createdAt, String createdBy) {
        this.name = Texts.required("Campaign name", name, 200);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.runBy = Objects.requireNonNull(runBy, "runBy");
        this.runnerName = Texts.required(runBy == CampaignRunner.VENDOR ? "The vendor's team" : "The "
                + runBy.name().toLowerCase(java.util.Locale.ROOT) + "'s name", runnerName, 200);
        this.purpose = Texts.required("Purpose", purpose, 500);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Texts.required("Created by", createdBy, 100);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public CampaignKind getKind() { return kind; }
    public CampaignRunner getRunBy() { return runBy; }
    public String getRunnerName() { return runnerName; }
    public String getPurpose() { return purpose; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Long getHandedOverSeq() { return handedOverSeq; }

    /** Run by someone outside the vendor: the contact list leaves through the gate. */
    public boolean isExternal() {
        return runBy != CampaignRunner.VENDOR;
    }

    public void handedOver(long ledgerSeq) {
        this.handedOverSeq = ledgerSeq;
    }
}
