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

/** A letter or email exchanged with a person: address, date, subject, direction (promise P8). */
@Entity
@Table(name = "correspondence")
public class Correspondence implements HistoryTracked, PersonRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_data_seq")
    @SequenceGenerator(name = "customer_data_seq", sequenceName = "customer_data_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "email", nullable = false, length = 320)
    private String email;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "subject", nullable = false, length = 500)
    private String subject;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "direction", nullable = false, length = 10)
    private CorrespondenceDirection direction;

    protected Correspondence() {
    }

    public Correspondence(long personId, String email, Instant sentAt, String subject,
                          CorrespondenceDirection direction) {
        this.personId = personId;
        this.email = Texts.required("Email", email, 320);
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.subject = Texts.required("Subject", subject, 500);
        this.direction = Objects.requireNonNull(direction, "direction");
    }

    public Long getId() { return id; }
    @Override public long getPersonId() { return personId; }
    public String getEmail() { return email; }
    public Instant getSentAt() { return sentAt; }
    public String getSubject() { return subject; }
    public CorrespondenceDirection getDirection() { return direction; }

    @Override
    public Long historyPersonId() { return personId; }

    @Override
    public void moveTo(long personId) { this.personId = personId; }
}
