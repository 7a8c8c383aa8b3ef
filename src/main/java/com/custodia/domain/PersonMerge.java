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

/**
 * Two records found to be one person: which survived, which was merged into it, by whom and what
 * moved. Kept after the merged record is gone, so the merge can be explained later.
 */
@Entity
@Table(name = "person_merge")
public class PersonMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_data_seq")
    @SequenceGenerator(name = "customer_data_seq", sequenceName = "customer_data_seq", allocationSize = 50)
    private Long id;

    @Column(name = "survivor_id", nullable = false)
    private long survivorId;

    @Column(name = "merged_id", nullable = false)
    private long mergedId;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    @Column(name = "operator_name", nullable = false, length = 64)
    private String operatorName;

    @Column(name = "detail", nullable = false, length = 4000)
    private String detail;

    protected PersonMerge() {
    }

    /**
     * @param detail what moved, in words ("3 licenses, 2 orders, 40 visits; kept the survivor's email")
     */
    public PersonMerge(long survivorId, long mergedId, Instant mergedAt, String operatorName, String detail) {
        if (survivorId == mergedId) {
            throw new IllegalArgumentException("A person cannot be merged into itself.");
        }
        this.survivorId = survivorId;
        this.mergedId = mergedId;
        this.mergedAt = Objects.requireNonNull(mergedAt, "mergedAt");
        this.operatorName = Texts.required("Operator", operatorName, 64);
        this.detail = Texts.required("Detail", detail, 4000);
    }

    public Long getId() { return id; }
    public long getSurvivorId() { return survivorId; }
    public long getMergedId() { return mergedId; }
    public Instant getMergedAt() { return mergedAt; }
    public String getOperatorName() { return operatorName; }
    public String getDetail() { return detail; }
}
