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

/**
 * A data subject. Customers are the main kind; the categories held about a person are records of
 * their own that name it ({@link PersonRecord}). Every change to a person is kept in the change
 * history, except the derived search keys and the bookkeeping times.
 */
@Entity
@Table(name = "person")
public class Person implements HistoryTracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(name = "external_id", length = 100, unique = true)
    private String externalId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 30)
    private PersonKind kind;

    @Column(name = "first_name", length = 200)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 200)
    private String lastName;

    @Column(name = "company", length = 300)
    private String company;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "phone", length = 50)
    private String phone;

    @Column(name = "street", length = 300)
    private String street;

    @Column(name = "city", length = 200)
    private String city;

    @Column(name = "postal_code", length = 30)
    private String postalCode;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "language", length = 35)
    private String language;

    @Column(name = "status", nullable = false, length = 30)
    private String status = "ACTIVE";

    @Column(name = "notes", length = 4000)
    private String notes;

    // normalised copies for search-as-you-type (SearchKeys), kept in step by every setter
    @NotInHistory
    @Column(name = "first_name_key", length = 200)
    private String firstNameKey;

    @NotInHistory
    @Column(name = "last_name_key", length = 200)
    private String lastNameKey;

    @NotInHistory
    @Column(name = "company_key", length = 300)
    private String companyKey;

    @NotInHistory
    @Column(name = "email_key", length = 320)
    private String emailKey;

    @NotInHistory
    @Column(name = "phone_key", length = 50)
    private String phoneKey;

    @NotInHistory
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotInHistory
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Person() {
    }

    public Person(PersonKind kind, String firstName, String lastName, Instant createdAt) {
        this.kind = Objects.requireNonNull(kind);
        this.firstName = firstName;
        if (lastName == null || lastName.isBlank()) {
            throw new IllegalArgumentException("last name is required");
        }
        this.lastName = lastName;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = createdAt;
        refreshKeys();
    }

    private void refreshKeys() {
        firstNameKey = SearchKeys.text(firstName);
        lastNameKey = SearchKeys.text(lastName);
        companyKey = SearchKeys.text(company);
        emailKey = SearchKeys.text(email);
        phoneKey = SearchKeys.phone(phone);
    }

    public Long getId() { return id; }
    public String getExternalId() { return externalId; }
    public PersonKind getKind() { return kind; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getCompany() { return company; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getStreet() { return street; }
    public String getCity() { return city; }
    public String getPostalCode() { return postalCode; }
    public String getCountry() { return country; }
    public String getLanguage() { return language; }
    public String getStatus() { return status; }
    public String getNotes() { return notes; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    public Person withExternalId(String externalId) { this.externalId = externalId; return this; }
    public Person withFirstName(String firstName) { this.firstName = firstName; refreshKeys(); return this; }

    public Person withLastName(String lastName) {
        if (lastName == null || lastName.isBlank()) {
            throw new IllegalArgumentException("last name is required");
        }
        this.lastName = lastName;
        refreshKeys();
        return this;
    }

    /** Both names at once, checked before either changes (the import sets them together). */
    public Person withNames(String firstName, String lastName) {
        withLastName(lastName);
        return withFirstName(firstName);
    }

    public Person withKind(PersonKind kind) { this.kind = Objects.requireNonNull(kind); return this; }

    public Person withStatus(String status) {
        if (status == null || status.isBlank()) {
            throw new IllegalArgumentException("status is required");
        }
        this.status = status;
        return this;
    }

    public Person withCompany(String company) { this.company = company; refreshKeys(); return this; }
    public Person withEmail(String email) { this.email = email; refreshKeys(); return this; }
    public Person withPhone(String phone) { this.phone = phone; refreshKeys(); return this; }

    public Person withAddress(String street, String city, String postalCode, String country) {
        this.street = street;
        this.city = city;
        this.postalCode = postalCode;
        this.country = country;
        return this;
    }

    public Person withLanguage(String language) { this.language = language; return this; }
    public Person withNotes(String notes) { this.notes = notes; return this; }

    public void touch(Instant at) { this.updatedAt = Objects.requireNonNull(at); }

    @Override
    public Long historyPersonId() { return id; }
}
