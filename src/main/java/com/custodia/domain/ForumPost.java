package com.custodia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A post in the vendor's forum: the poster's email, when, and the subject (promise P8). */
@Entity
@Table(name = "forum_post")
public class ForumPost implements HistoryTracked, PersonRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_data_seq")
    @SequenceGenerator(name = "customer_data_seq", sequenceName = "customer_data_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "email", nullable = false, length = 320)
    private String email;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "subject", nullable = false, length = 500)
    private String subject;

    protected ForumPost() {
    }

    public ForumPost(long personId, String email, Instant postedAt, String subject) {
        this.personId = personId;
        this.email = Texts.required("Email", email, 320);
        this.postedAt = Objects.requireNonNull(postedAt, "postedAt");
        this.subject = Texts.required("Subject", subject, 500);
    }

    public Long getId() { return id; }
    @Override public long getPersonId() { return personId; }
    public String getEmail() { return email; }
    public Instant getPostedAt() { return postedAt; }
    public String getSubject() { return subject; }

    @Override
    public Long historyPersonId() { return personId; }

    @Override
    public void moveTo(long personId) { this.personId = personId; }
}
