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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A partner's right to receive some license fields of some licenses for a purpose, for a time
 * (DESIGN.md P2). Its scope and fields are fixed when it is granted; renewing moves its end,
 * revoking ends it at once. Grants are never deleted, and every change is a {@link GrantEvent}.
 */
@Entity
@Table(name = "license_share_grant")
public class LicenseShareGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "license_share_grant_seq")
    @SequenceGenerator(name = "license_share_grant_seq", sequenceName = "license_share_grant_seq", allocationSize = 1)
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "scope_kind", nullable = false, length = 20)
    private GrantScope scope;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "license_share_grant_person", joinColumns = @JoinColumn(name = "grant_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> personIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "license_share_grant_product", joinColumns = @JoinColumn(name = "grant_id"))
    @Column(name = "product", nullable = false, length = 100)
    private Set<String> products = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "license_share_grant_field", joinColumns = @JoinColumn(name = "grant_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "field", nullable = false, length = 30)
    private Set<LicenseField> fields = EnumSet.noneOf(LicenseField.class);

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "purpose", nullable = false, length = 20)
    private GrantPurpose purpose;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 2000)
    private String revokeReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LicenseShareGrant() {
    }

    /** What is granted; the service has checked that the partner and the scope's persons exist. */
    public record Terms(long partnerId, GrantScope scope, Set<Long> personIds, Set<String> products,
                        Set<LicenseField> fields, GrantPurpose purpose, Instant validFrom, Instant validUntil) {
    }

    /**
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    public LicenseShareGrant(Terms t, String grantedBy, Instant grantedAt, String reason) {
        this.partnerId = t.partnerId();
        this.scope = Objects.requireNonNull(t.scope(), "scope");
        Set<Long> persons = t.personIds() == null ? Set.of() : t.personIds();
        Set<String> prods = t.products() == null ? Set.of() : t.products();
        switch (scope) {
            case CUSTOMERS -> {
                if (persons.isEmpty()) {
                    throw new IllegalArgumentException("Customers: choose at least one customer for this grant.");
                }
                if (!prods.isEmpty()) {
                    throw new IllegalArgumentException("A grant for chosen customers names no products.");
                }
            }
            case PRODUCTS -> {
                if (prods.isEmpty()) {
                    throw new IllegalArgumentException("Products: choose at least one product for this grant.");
                }
                if (!persons.isEmpty()) {
                    throw new IllegalArgumentException("A grant for chosen products names no customers.");
                }
            }
            case RESOLD -> {
                if (!persons.isEmpty() || !prods.isEmpty()) {
                    throw new IllegalArgumentException("A grant for the customers the partner resold names no "
                            + "customers or products.");
                }
            }
        }
        this.personIds.addAll(persons);
        for (String p : prods) {
            this.products.add(Texts.required("Product", p == null ? null : p.strip(), 100));
        }
        if (t.fields() == null || t.fields().isEmpty()) {
            throw new IllegalArgumentException("Fields: allow at least one license field.");
        }
        this.fields.addAll(t.fields());
        if (t.purpose() == null) {
            throw new IllegalArgumentException("Purpose is required: verification, validation or upgrade.");
        }
        this.purpose = t.purpose();
        if (t.validFrom() == null || t.validUntil() == null) {
            throw new IllegalArgumentException("A grant is valid from and until a date; both are required.");
        }
        if (!t.validUntil().isAfter(t.validFrom())) {
            throw new IllegalArgumentException("Valid until must be after valid from.");
        }
        this.validFrom = t.validFrom();
        this.validUntil = t.validUntil();
        this.grantedBy = Objects.requireNonNull(grantedBy);
        this.grantedAt = Objects.requireNonNull(grantedAt);
        this.reason = Texts.required("Reason", reason == null ? null : reason.strip(), 2000);
    }

    /** A new end; a revoked grant cannot be renewed (grant anew instead). */
    public void renew(Instant until) {
        if (revokedAt != null) {
            throw new IllegalArgumentException("Grant " + id + " was revoked on " + revokedAt
                    + "; a revoked grant cannot be renewed, grant anew instead.");
        }
        if (until == null || !until.isAfter(validFrom)) {
            throw new IllegalArgumentException("Valid until must be after valid from (" + validFrom + ").");
        }
        this.validUntil = until;
    }

    /** Ends the grant now; it answers nothing from this moment on. */
    public void revoke(String by, Instant at, String why) {
        if (revokedAt != null) {
            throw new IllegalArgumentException("Grant " + id + " was already revoked on " + revokedAt + " by "
                    + revokedBy + ".");
        }
        this.revokeReason = Texts.required("Reason", why == null ? null : why.strip(), 2000);
        this.revokedBy = Objects.requireNonNull(by);
        this.revokedAt = Objects.requireNonNull(at);
    }

    public Long getId() { return id; }
    public long getPartnerId() { return partnerId; }
    public GrantScope getScope() { return scope; }
    public Set<Long> getPersonIds() { return Set.copyOf(personIds); }
    public Set<String> getProducts() { return Set.copyOf(products); }
    public Set<LicenseField> getFields() { return fields.isEmpty() ? Set.of() : EnumSet.copyOf(fields); }
    public GrantPurpose getPurpose() { return purpose; }
    public Instant getValidFrom() { return validFrom; }
    public Instant getValidUntil() { return validUntil; }
    public String getGrantedBy() { return grantedBy; }
    public Instant getGrantedAt() { return grantedAt; }
    public String getReason() { return reason; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public String getRevokeReason() { return revokeReason; }
    public long getVersion() { return version; }
}
