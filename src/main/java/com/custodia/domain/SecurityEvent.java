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

/** One line of the security log: logins, failures, lockouts, refusals and operator changes. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 1)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The operator's user name as typed or known; not a foreign key, because unknown names are logged too. */
    @Column(name = "operator_name", length = 64)
    private String operatorName;

    @Column(name = "workstation", nullable = false, length = 200)
    private String workstation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 40)
    private SecurityEventKind kind;

    @Column(name = "detail", length = 1000)
    private String detail;

    protected SecurityEvent() {
    }

    public SecurityEvent(Instant occurredAt, String operatorName, String workstation, SecurityEventKind kind, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.operatorName = operatorName == null ? null : truncate(operatorName, 64);
        this.workstation = truncate(Objects.requireNonNull(workstation), 200);
        this.kind = Objects.requireNonNull(kind);
        this.detail = detail == null ? null : truncate(detail, 1000);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getOperatorName() { return operatorName; }
    public String getWorkstation() { return workstation; }
    public SecurityEventKind getKind() { return kind; }
    public String getDetail() { return detail; }
}
