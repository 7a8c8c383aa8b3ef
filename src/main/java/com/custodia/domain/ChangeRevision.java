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

/** One saved unit of work in the change history: when, by whom, from what. */
@Entity
@Table(name = "change_revision")
public class ChangeRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_seq")
    @SequenceGenerator(name = "change_seq", sequenceName = "change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "operator_name", nullable = false, length = 64)
    private String operatorName;

    @Column(name = "source", nullable = false, length = 200)
    private String source;

    protected ChangeRevision() {
    }

    public ChangeRevision(ChangeContext context) {
        Objects.requireNonNull(context, "context");
        this.changedAt = context.at();
        this.operatorName = context.operatorName();
        this.source = context.source();
    }

    public Long getId() { return id; }
    public Instant getChangedAt() { return changedAt; }
    public String getOperatorName() { return operatorName; }
    public String getSource() { return source; }
}
