package com.custodia.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A legal order (DESIGN.md P4): who demands which persons' data in which categories, by when,
 * and the privacy officer's decision on it. What the order demands is fixed at intake and never
 * changes, so an approval always covers exactly what the approver read. The copy's bytes live in
 * their own table ({@code legal_order_copy}); this entity keeps its name, size and SHA-256.
 * Orders are never deleted.
 */
@Entity
@Table(name = "legal_order")
public class LegalOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_order_seq")
    @SequenceGenerator(name = "legal_order_seq", sequenceName = "legal_order_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 30)
    private LegalOrderKind kind;

    @Column(name = "authority_name", nullable = false, length = 300)
    private String authorityName;

    @Column(name = "authority_address", nullable = false, length = 500)
    private String authorityAddress;

    @Column(name = "reference", nullable = false, length = 200)
    private String reference;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "legal_order_person", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> personIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "legal_order_category", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "category", nullable = false, length = 60)
    private Set<String> categories = new TreeSet<>();

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "non_notification_until")
    private Instant nonNotificationUntil;

    @Column(name = "copy_file_name", nullable = false, length = 255)
    private String copyFileName;

    @Column(name = "copy_size", nullable = false)
    private long copySize;

    @Column(name = "copy_sha256", nullable = false, length = 64)
    private String copySha256;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private LegalOrderStatus status = LegalOrderStatus.RECEIVED;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "disclosed_at")
    private Instant disclosedAt;

    @Column(name = "disclosed_seq")
    private Long disclosedSeq;

    @Column(name = "handover_count", nullable = false)
    private int handoverCount;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LegalOrder() {
    }

    /** What the authority demands and its copy; the service has validated the fields for the operator. */
    public record Demand(LegalOrderKind kind, String authorityName, String authorityAddress, String reference,
                         Set<Long> personIds, Set<String> categories, LocalDate deadline, Instant nonNotificationUntil,
                         String copyFileName, long copySize, String copySha256) {
    }

    public LegalOrder(Demand demand, String enteredBy, Instant enteredAt) {
        if (demand.personIds() == null || demand.personIds().isEmpty()) {
            throw new IllegalArgumentException("a legal order names at least one person");
        }
        if (demand.categories() == null || demand.categories().isEmpty()) {
            throw new IllegalArgumentException("a legal order names at least one data category");
        }
        if (demand.copySha256() == null || demand.copySha256().length() != 64) {
            throw new IllegalArgumentException("a legal order keeps the SHA-256 of its copy");
        }
        this.kind = Objects.requireNonNull(demand.kind());
        this.authorityName = Objects.requireNonNull(demand.authorityName());
        this.authorityAddress = Objects.requireNonNull(demand.authorityAddress());
        this.reference = Objects.requireNonNull(demand.reference());
        this.personIds.addAll(demand.personIds());
        this.categories.addAll(demand.categories());
        this.deadline = Objects.requireNonNull(demand.deadline());
        this.nonNotificationUntil = demand.nonNotificationUntil();
        this.copyFileName = Objects.requireNonNull(demand.copyFileName());
        this.copySize = demand.copySize();
        this.copySha256 = demand.copySha256();
        this.enteredBy = Objects.requireNonNull(enteredBy);
        this.enteredAt = Objects.requireNonNull(enteredAt);
    }

    // ---------------------------------------------------------------- Decisions

    /** Four eyes: the officer who entered the order cannot decide on it. */
    public boolean mayBeDecidedBy(String officer) {
        return !enteredBy.equalsIgnoreCase(officer);
    }

    public void approve(String officer, Instant at, String note) {
        decide(LegalOrderStatus.APPROVED, officer, at, note);
    }

    public void reject(String officer, Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection states its reason");
        }
        decide(LegalOrderStatus.REJECTED, officer, at, reason);
    }

    private void decide(LegalOrderStatus outcome, String officer, Instant at, String reason) {
        if (status != LegalOrderStatus.RECEIVED) {
            throw new IllegalStateException("legal order " + id + " was already decided: " + status);
        }
        if (!mayBeDecidedBy(officer)) {
            throw new IllegalStateException("the officer who entered legal order " + id + " cannot decide on it");
        }
        this.status = outcome;
        this.decidedBy = Objects.requireNonNull(officer);
        this.decidedAt = Objects.requireNonNull(at);
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /**
     * Records a hand-over through the ledger. Repeated hand-overs are allowed (each has its own
     * ledger entry); the order keeps the newest and counts them.
     */
    public void recordHandover(long ledgerSeq, Instant at) {
        if (!status.approved()) {
            throw new IllegalStateException("legal order " + id + " is not approved: " + status);
        }
        this.status = LegalOrderStatus.DISCLOSED;
        this.handoverCount++;
        if (disclosedSeq == null || ledgerSeq > disclosedSeq) {
            this.disclosedSeq = ledgerSeq;
            this.disclosedAt = Objects.requireNonNull(at);
        }
    }

    // ---------------------------------------------------------------- Reading

    public Long getId() { return id; }
    public LegalOrderKind getKind() { return kind; }
    public String getAuthorityName() { return authorityName; }
    public String getAuthorityAddress() { return authorityAddress; }
    public String getReference() { return reference; }
    public Set<Long> getPersonIds() { return Set.copyOf(personIds); }
    public Set<String> getCategories() { return Set.copyOf(categories); }
    public LocalDate getDeadline() { return deadline; }
    public Instant getNonNotificationUntil() { return nonNotificationUntil; }
    public String getCopyFileName() { return copyFileName; }
    public long getCopySize() { return copySize; }
    public String getCopySha256() { return copySha256; }
    public LegalOrderStatus getStatus() { return status; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public Instant getDisclosedAt() { return disclosedAt; }
    public Long getDisclosedSeq() { return disclosedSeq; }
    public int getHandoverCount() { return handoverCount; }
    public long getVersion() { return version; }
}
