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

/** Why and since when the vendor may write to a non-customer (promise P10). */
@Entity
@Table(name = "point_of_contact")
public class PointOfContact implements HistoryTracked, PersonRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_data_seq")
    @SequenceGenerator(name = "customer_data_seq", sequenceName = "customer_data_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "reason", nullable = false, length = 30)
    private PointOfContactReason reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "note", length = 500)
    private String note;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PointOfContact() {
    }

    public PointOfContact(long personId, PointOfContactReason reason, Instant occurredAt, String note) {
        this.personId = personId;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.note = CardNumbers.requireNone("Note", Texts.limited("Note", note, 500));
    }

    public Long getId() { return id; }
    @Override public long getPersonId() { return personId; }
    public PointOfContactReason getReason() { return reason; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getNote() { return note; }
    public long getVersion() { return version; }

    @Override
    public Long historyPersonId() { return personId; }

    @Override
    public void moveTo(long personId) { this.personId = personId; }
}
