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
 * The task of telling one recipient that a value they received was corrected: who, which ledger
 * entries gave it to them, and when they were told or why telling them is impossible or would
 * take a disproportionate effort.
 */
@Entity
@Table(name = "subject_request_notice")
public class CorrectionNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_request_part_seq")
    @SequenceGenerator(name = "subject_request_part_seq", sequenceName = "subject_request_part_seq",
            allocationSize = 1)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "recipient_kind", nullable = false, length = 20)
    private RecipientKind recipientKind;

    @Column(name = "recipient_name", nullable = false, length = 300)
    private String recipientName;

    /** The ledger entries that gave the recipient the old value, comma-separated. */
    @Column(name = "ledger_seqs", nullable = false, length = 2000)
    private String ledgerSeqs;

    @Column(name = "last_disclosed", nullable = false)
    private Instant lastDisclosed;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private NoticeStatus status = NoticeStatus.OPEN;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "note", length = 2000)
    private String note;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CorrectionNotice() {
    }

    public CorrectionNotice(long requestId, long itemId, RecipientKind recipientKind, String recipientName,
                            String ledgerSeqs, Instant lastDisclosed) {
        this.requestId = requestId;
        this.itemId = itemId;
        this.recipientKind = recipientKind;
        this.recipientName = recipientName;
        this.ledgerSeqs = ledgerSeqs;
        this.lastDisclosed = lastDisclosed;
    }

    public void resolve(NoticeStatus outcome, String by, Instant at, String note) {
        status = outcome;
        resolvedBy = by;
        resolvedAt = at;
        this.note = note;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public long getItemId() { return itemId; }
    public RecipientKind getRecipientKind() { return recipientKind; }
    public String getRecipientName() { return recipientName; }
    public String getLedgerSeqs() { return ledgerSeqs; }
    public Instant getLastDisclosed() { return lastDisclosed; }
    public NoticeStatus getStatus() { return status; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getNote() { return note; }
    public long getVersion() { return version; }
}
