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
import org.hibernate.annotations.OptimisticLock;
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

    /**
     * The operator who looks after this customer (decision 0028), by id; null when nobody does.
     * Changing it does not move the version: it is not part of the profile an operator edits, and a
     * colleague's profile edit must not meet a conflict over it. Its own changes are checked against
     * the owner the operator saw, under a row lock.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "account_owner_id")
    private Long accountOwnerId;

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
        firstNameKey = fit(SearchKeys.text(firstName), PersonField.FIRST_NAME.maxLength());
        lastNameKey = fit(SearchKeys.text(lastName), PersonField.LAST_NAME.maxLength());
        companyKey = fit(SearchKeys.text(company), PersonField.COMPANY.maxLength());
        emailKey = fit(SearchKeys.text(email), PersonField.EMAIL.maxLength());
        phoneKey = fit(SearchKeys.phone(phone), PersonField.PHONE.maxLength());
    }

    /**
     * Normalising can lengthen text (NFKD spells "\uFDFA" in 18 letters), so a name that fits its
     * column may give a key that does not; a key cut to the column still finds the name by prefix.
     */
    static String fit(String key, int max) {
        if (key == null || key.length() <= max) {
            return key;
        }
        int end = Character.isHighSurrogate(key.charAt(max - 1)) ? max - 1 : max;
        return key.substring(0, end);
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
    public Long getAccountOwnerId() { return accountOwnerId; }
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

    public Person withKind(PersonKind kind) { this.kind = Objects.requireNonNull(kind); return this; }

    public Person withStatus(String status) {
        if (status == null || status.isBlank()) {
            throw new IllegalArgumentException("status is required");
        }
        this.status = status;
        return this;
    }

    public Person withNames(String firstName, String lastName) {
        withLastName(lastName);
        return withFirstName(firstName);
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
    public Person withAccountOwner(Long operatorId) { this.accountOwnerId = operatorId; return this; }

    // ---------------------------------------------------------------- Editing

    public void setKind(PersonKind kind) { this.kind = Objects.requireNonNull(kind); }
    public void setFirstName(String firstName) { this.firstName = firstName; refreshKeys(); }

    public void setLastName(String lastName) {
        if (lastName == null || lastName.isBlank()) {
            throw new IllegalArgumentException("last name is required");
        }
        this.lastName = lastName;
        refreshKeys();
    }

    public void setCompany(String company) { this.company = company; refreshKeys(); }
    public void setEmail(String email) { this.email = email; refreshKeys(); }
    public void setPhone(String phone) { this.phone = phone; refreshKeys(); }
    public void setStreet(String street) { this.street = street; }
    public void setCity(String city) { this.city = city; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public void setCountry(String country) { this.country = country; }
    public void setLanguage(String language) { this.language = language; }

    public void setStatus(String status) {
        if (status == null || status.isBlank()) {
            throw new IllegalArgumentException("status is required");
        }
        this.status = status;
    }

    public void setNotes(String notes) { this.notes = notes; }

    /** Makes the operator the person's account owner; null leaves the person without one. */
    public void assignAccountOwner(Long operatorId) { this.accountOwnerId = operatorId; }

    /** One profile field as text (the kind by its constant's name), null when empty. */
    public String value(PersonField field) {
        return switch (field) {
            case KIND -> kind.name();
            case FIRST_NAME -> firstName;
            case LAST_NAME -> lastName;
            case COMPANY -> company;
            case EMAIL -> email;
            case PHONE -> phone;
            case STREET -> street;
            case CITY -> city;
            case POSTAL_CODE -> postalCode;
            case COUNTRY -> country;
            case LANGUAGE -> language;
            case STATUS -> status;
            case NOTES -> notes;
        };
    }

    /** Sets one profile field from text, through its setter, so the search keys follow. */
    public void set(PersonField field, String value) {
        switch (field) {
            case KIND -> setKind(PersonKind.valueOf(value));
            case FIRST_NAME -> setFirstName(value);
            case LAST_NAME -> setLastName(value);
            case COMPANY -> setCompany(value);
            case EMAIL -> setEmail(value);
            case PHONE -> setPhone(value);
            case STREET -> setStreet(value);
            case CITY -> setCity(value);
            case POSTAL_CODE -> setPostalCode(value);
            case COUNTRY -> setCountry(value);
            case LANGUAGE -> setLanguage(value);
            case STATUS -> setStatus(value);
            case NOTES -> setNotes(value);
        }
    }

    public void touch(Instant at) { this.updatedAt = Objects.requireNonNull(at); }

    @Override
    public Long historyPersonId() { return id; }
}
