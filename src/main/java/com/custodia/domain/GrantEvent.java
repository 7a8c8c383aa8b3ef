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

/** One thing that happened to a grant: who granted, renewed or revoked it, when and why. Never changed. */
@Entity
@Table(name = "license_share_grant_event")
public class GrantEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "license_share_grant_event_seq")
    @SequenceGenerator(name = "license_share_grant_event_seq", sequenceName = "license_share_grant_event_seq",
            allocationSize = 1)
    private Long id;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private GrantEventKind kind;

    @Column(name = "operator", nullable = false, length = 64)
    private String operator;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    /** The grant's end after the event (granted, renewed); null for a revocation. */
    @Column(name = "valid_until")
    private Instant validUntil;

    protected GrantEvent() {
    }

    public GrantEvent(long grantId, GrantEventKind kind, String operator, Instant occurredAt, String reason,
                      Instant validUntil) {
        this.grantId = grantId;
        this.kind = Objects.requireNonNull(kind);
        this.operator = Objects.requireNonNull(operator);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.reason = Texts.required("Reason", reason == null ? null : reason.strip(), 2000);
        this.validUntil = validUntil;
    }

    public Long getId() { return id; }
    public long getGrantId() { return grantId; }
    public GrantEventKind getKind() { return kind; }
    public String getOperator() { return operator; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getReason() { return reason; }
    public Instant getValidUntil() { return validUntil; }
}
