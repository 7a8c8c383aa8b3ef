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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stop or restart of a request's deadline clock, never changed (append-only in the database). */
@Entity
@Table(name = "subject_request_clock")
public class RequestClockEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_request_part_seq")
    @SequenceGenerator(name = "subject_request_part_seq", sequenceName = "subject_request_part_seq",
            allocationSize = 1)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event", nullable = false, length = 10)
    private ClockEventKind event;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "operator_name", nullable = false, length = 64)
    private String operatorName;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    protected RequestClockEvent() {
    }

    public RequestClockEvent(long requestId, ClockEventKind event, Instant occurredAt, String operatorName,
                             String reason) {
        this.requestId = requestId;
        this.event = event;
        this.occurredAt = occurredAt;
        this.operatorName = operatorName;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public ClockEventKind getEvent() { return event; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getOperatorName() { return operatorName; }
    public String getReason() { return reason; }
}
