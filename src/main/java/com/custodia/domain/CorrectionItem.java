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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One change a correction request asks for: which field of which person, the value held when
 * it was asked, the value wanted and the requester's evidence; then the decision (a denial keeps
 * its reason) and when it was applied.
 */
@Entity
@Table(name = "subject_request_item")
public class CorrectionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_request_part_seq")
    @SequenceGenerator(name = "subject_request_part_seq", sequenceName = "subject_request_part_seq",
            allocationSize = 1)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "field", nullable = false, length = 40)
    private PersonField field;

    @Column(name = "old_value", length = 4000)
    private String oldValue;

    @Column(name = "requested_value", length = 4000)
    private String requestedValue;

    @Column(name = "evidence", length = 2000)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private CorrectionStatus status = CorrectionStatus.PENDING;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;
    @Column(name = "applied_by", length = 64)
    private String appliedBy;
    @Column(name = "applied_at")
    private Instant appliedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CorrectionItem() {
    }

    public CorrectionItem(long requestId, long personId, PersonField field, String oldValue, String requestedValue,
                          String evidence) {
        this.requestId = requestId;
        this.personId = personId;
        this.field = field;
        this.oldValue = oldValue;
        this.requestedValue = requestedValue;
        this.evidence = evidence;
    }

    public void decide(boolean approve, String by, Instant at, String reason) {
        status = approve ? CorrectionStatus.APPROVED : CorrectionStatus.DENIED;
        decidedBy = by;
        decidedAt = at;
        decisionReason = reason;
    }

    public void applied(String by, Instant at) {
        status = CorrectionStatus.APPLIED;
        appliedBy = by;
        appliedAt = at;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public long getPersonId() { return personId; }
    public PersonField getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getRequestedValue() { return requestedValue; }
    public String getEvidence() { return evidence; }
    public CorrectionStatus getStatus() { return status; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public String getAppliedBy() { return appliedBy; }
    public Instant getAppliedAt() { return appliedAt; }
    public long getVersion() { return version; }
}
