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
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A software license held by a person. The key is stored whole because partners verify it
 * (promise P2); screens mask it for roles that do not need it. Its normalised form, which search
 * compares, is kept in step with every change of the key.
 */
@Entity
@Table(name = "license")
public class License implements HistoryTracked, PersonRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_data_seq")
    @SequenceGenerator(name = "customer_data_seq", sequenceName = "customer_data_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "license_key", nullable = false, length = 64, unique = true)
    private String licenseKey;

    @NotInHistory
    @Column(name = "license_key_norm", nullable = false, length = 64)
    private String licenseKeyNorm;

    @Column(name = "product", nullable = false, length = 100)
    private String product;

    @Column(name = "edition", nullable = false, length = 50)
    private String edition;

    @Column(name = "seats", nullable = false)
    private int seats;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private LicenseStatus status;

    @Column(name = "upgrade_until")
    private LocalDate upgradeUntil;

    /** The partner that sold this license, if one did (grants of scope "customers the partner resold"). */
    @Column(name = "resold_by_partner_id")
    private Long resoldByPartnerId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected License() {
    }

    public License(long personId, String licenseKey, String product, String edition, int seats, LocalDate issuedOn,
                   LocalDate expiresOn, LicenseStatus status, LocalDate upgradeUntil) {
        this.personId = personId;
        changeKey(licenseKey);
        this.product = Texts.required("Product", product, 100);
        this.edition = Texts.required("Edition", edition, 50);
        changeSeats(seats);
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        changeTerm(expiresOn, upgradeUntil);
        this.status = Objects.requireNonNull(status, "status");
    }

    public Long getId() { return id; }
    @Override public long getPersonId() { return personId; }
    public String getLicenseKey() { return licenseKey; }
    public String getLicenseKeyNorm() { return licenseKeyNorm; }
    public String getProduct() { return product; }
    public String getEdition() { return edition; }
    public int getSeats() { return seats; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public LicenseStatus getStatus() { return status; }
    public LocalDate getUpgradeUntil() { return upgradeUntil; }
    public Long getResoldByPartnerId() { return resoldByPartnerId; }
    public long getVersion() { return version; }

    /** Records the partner that sold the license (null: sold directly). */
    public void resoldBy(Long partnerId) {
        this.resoldByPartnerId = partnerId;
    }

    /** A new key (reissue); its normalised form follows. */
    public void changeKey(String key) {
        String k = Texts.required("License key", key == null ? null : key.strip(), 64);
        String norm = SearchKeys.licenseKey(k);
        if (norm == null) {
            throw new IllegalArgumentException("License key must hold letters or digits.");
        }
        this.licenseKey = k;
        this.licenseKeyNorm = norm;
    }

    public void changeSeats(int seats) {
        if (seats <= 0) {
            throw new IllegalArgumentException("Seats must be at least 1.");
        }
        this.seats = seats;
    }

    public void changeEdition(String edition) {
        this.edition = Texts.required("Edition", edition, 50);
    }

    /** Renewal or upgrade entitlement: an expiry before the issue date is refused. */
    public void changeTerm(LocalDate expiresOn, LocalDate upgradeUntil) {
        if (expiresOn != null && expiresOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("Expires on cannot be before the issue date " + issuedOn + ".");
        }
        this.expiresOn = expiresOn;
        this.upgradeUntil = upgradeUntil;
    }

    public void changeStatus(LicenseStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    @Override
    public Long historyPersonId() { return personId; }

    @Override
    public void moveTo(long personId) { this.personId = personId; }
}
