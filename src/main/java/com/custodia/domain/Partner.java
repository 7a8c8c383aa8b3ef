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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A registered partner (DESIGN.md P2): the organisation, the partner agreement it signed (reference
 * and version), its registration with the dates it runs from and until, its tier and contacts.
 * Names are unique without regard to case, so a lookup by name finds one partner.
 */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_seq")
    @SequenceGenerator(name = "partner_seq", sequenceName = "partner_seq", allocationSize = 1)
    private Long id;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "name_key", nullable = false, length = 300)
    private String nameKey;

    @Column(name = "agreement_reference", nullable = false, length = 200)
    private String agreementReference;

    @Column(name = "agreement_version", nullable = false)
    private int agreementVersion;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "registration_status", nullable = false, length = 20)
    private PartnerRegistrationStatus registrationStatus;

    @Column(name = "registered_from", nullable = false)
    private LocalDate registeredFrom;

    @Column(name = "registered_until", nullable = false)
    private LocalDate registeredUntil;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "tier", nullable = false, length = 20)
    private PartnerTier tier;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_contact", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    private List<PartnerContact> contacts = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Partner() {
    }

    /** What a partner manager enters about a partner. */
    public record Terms(String name, String agreementReference, int agreementVersion,
                        PartnerRegistrationStatus registrationStatus, LocalDate registeredFrom,
                        LocalDate registeredUntil, PartnerTier tier, List<PartnerContact> contacts) {
    }

    public Partner(Terms terms, String createdBy, Instant createdAt) {
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        change(terms);
    }

    /**
     * Replaces everything the partner manager entered.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public void change(Terms t) {
        String n = Texts.required("Organisation", t.name() == null ? null : t.name().strip(), 300);
        this.name = n;
        this.nameKey = nameKey(n);
        this.agreementReference = Texts.required("Agreement reference",
                t.agreementReference() == null ? null : t.agreementReference().strip(), 200);
        if (t.agreementVersion() <= 0) {
            throw new IllegalArgumentException("Agreement version must be at least 1.");
        }
        this.agreementVersion = t.agreementVersion();
        this.registrationStatus = required("Registration status", t.registrationStatus());
        this.registeredFrom = required("Registered from", t.registeredFrom());
        this.registeredUntil = required("Registered until", t.registeredUntil());
        if (registeredUntil.isBefore(registeredFrom)) {
            throw new IllegalArgumentException("Registered until cannot be before registered from ("
                    + registeredFrom + ").");
        }
        this.tier = required("Tier", t.tier());
        this.contacts.clear();
        if (t.contacts() != null) {
            this.contacts.addAll(t.contacts());
        }
    }

    /** A renewed registration: a new end date and, when the partner signed again, a new agreement. */
    public void renew(LocalDate until, int agreementVersion, String agreementReference) {
        change(new Terms(name, agreementReference == null || agreementReference.isBlank() ? this.agreementReference
                : agreementReference, agreementVersion, PartnerRegistrationStatus.REGISTERED, registeredFrom, until,
                tier, List.copyOf(contacts)));
    }

    /** The form of a name that uniqueness and lookups compare. */
    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required.");
        }
        return value;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getAgreementReference() { return agreementReference; }
    public int getAgreementVersion() { return agreementVersion; }
    public PartnerRegistrationStatus getRegistrationStatus() { return registrationStatus; }
    public LocalDate getRegisteredFrom() { return registeredFrom; }
    public LocalDate getRegisteredUntil() { return registeredUntil; }
    public PartnerTier getTier() { return tier; }
    public List<PartnerContact> getContacts() { return List.copyOf(contacts); }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
