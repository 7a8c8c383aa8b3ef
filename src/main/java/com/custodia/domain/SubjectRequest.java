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
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An access or correction request (DESIGN.md P7, decision 0024): what the requester gave to be
 * found by, the persons it was matched to, the identity check and its confirmation by a second
 * operator, the extension of the deadline and the response. The service checks roles and order
 * of steps; this entity only keeps the facts. Requests are never deleted (the request log).
 */
@Entity
@Table(name = "subject_request")
public class SubjectRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_request_seq")
    @SequenceGenerator(name = "subject_request_seq", sequenceName = "subject_request_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private RequestKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "channel", nullable = false, length = 20)
    private RequestChannel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "jurisdiction", nullable = false, length = 20)
    private Jurisdiction jurisdiction;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "given_name", length = 300)
    private String givenName;
    @Column(name = "given_email", length = 320)
    private String givenEmail;
    @Column(name = "given_phone", length = 50)
    private String givenPhone;
    @Column(name = "given_customer_number", length = 100)
    private String givenCustomerNumber;
    @Column(name = "given_license_key", length = 100)
    private String givenLicenseKey;
    @Column(name = "given_address", length = 500)
    private String givenAddress;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subject_request_person", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> personIds = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 30)
    private RequestStatus status = RequestStatus.RECEIVED;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;
    @Column(name = "matched_by", length = 64)
    private String matchedBy;
    @Column(name = "matched_at")
    private Instant matchedAt;

    @Column(name = "verification_method", length = 40)
    private String verificationMethod;
    @Column(name = "evidence_sha256", length = 64)
    private String evidenceSha256;
    @Column(name = "verified_by", length = 64)
    private String verifiedBy;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** Months (default rules) or days (Californian) the deadline was extended by; null when not extended. */
    @Column(name = "extension_units")
    private Integer extensionUnits;
    @Column(name = "extension_reason", length = 2000)
    private String extensionReason;
    @Column(name = "person_told_at")
    private Instant personToldAt;
    @Column(name = "extended_by", length = 64)
    private String extendedBy;
    @Column(name = "extended_at")
    private Instant extendedAt;

    @Column(name = "responded_at")
    private Instant respondedAt;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "response_nature", length = 40)
    private ResponseNature responseNature;
    @Column(name = "denial_basis", length = 2000)
    private String denialBasis;
    @Column(name = "delivered_seq")
    private Long deliveredSeq;
    @Column(name = "recipients_told_at")
    private Instant recipientsToldAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SubjectRequest() {
    }

    /** What the requester gave to be found by; any of them may be empty. */
    public record Identifiers(String name, String email, String phone, String customerNumber, String licenseKey,
                              String address) {
        public boolean isEmpty() {
            return blank(name) && blank(email) && blank(phone) && blank(customerNumber) && blank(licenseKey)
                    && blank(address);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    public SubjectRequest(RequestKind kind, RequestChannel channel, Jurisdiction jurisdiction, Instant receivedAt,
                          Identifiers given, String enteredBy, Instant enteredAt) {
        this.kind = Objects.requireNonNull(kind);
        this.channel = Objects.requireNonNull(channel);
        this.jurisdiction = Objects.requireNonNull(jurisdiction);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.givenName = given.name();
        this.givenEmail = given.email();
        this.givenPhone = given.phone();
        this.givenCustomerNumber = given.customerNumber();
        this.givenLicenseKey = given.licenseKey();
        this.givenAddress = given.address();
        this.enteredBy = Objects.requireNonNull(enteredBy);
        this.enteredAt = Objects.requireNonNull(enteredAt);
    }

    public void match(Set<Long> persons, String by, Instant at) {
        personIds.clear();
        personIds.addAll(persons);
        matchedBy = by;
        matchedAt = at;
    }

    public void awaitIdentity() {
        status = RequestStatus.AWAITING_IDENTITY;
    }

    public void verify(String method, String evidenceSha256, String by, Instant at) {
        verificationMethod = method;
        this.evidenceSha256 = evidenceSha256;
        verifiedBy = by;
        verifiedAt = at;
        confirmedBy = null;
        confirmedAt = null;
        status = RequestStatus.VERIFIED;
    }

    public void confirm(String by, Instant at) {
        confirmedBy = by;
        confirmedAt = at;
    }

    public void extend(int units, String reason, Instant toldAt, String by, Instant at) {
        extensionUnits = units;
        extensionReason = reason;
        personToldAt = toldAt;
        extendedBy = by;
        extendedAt = at;
    }

    public void respond(ResponseNature nature, String basis, Long seq, Instant at) {
        responseNature = nature;
        denialBasis = basis;
        deliveredSeq = seq;
        respondedAt = at;
        status = nature == ResponseNature.REFUSED ? RequestStatus.REFUSED : RequestStatus.COMPLETED;
    }

    public void recordDelivery(long seq, Instant at) {
        deliveredSeq = seq;
        respondedAt = at;
        responseNature = ResponseNature.REPORT_DELIVERED;
        status = RequestStatus.COMPLETED;
    }

    public void recipientsTold(Instant at) {
        recipientsToldAt = at;
    }

    /** Verified, and for access requests confirmed by a second operator. */
    public boolean identityEstablished() {
        return verifiedAt != null && (kind != RequestKind.ACCESS || confirmedAt != null);
    }

    public Long getId() { return id; }
    public RequestKind getKind() { return kind; }
    public RequestChannel getChannel() { return channel; }
    public Jurisdiction getJurisdiction() { return jurisdiction; }
    public Instant getReceivedAt() { return receivedAt; }
    public Identifiers getGiven() {
        return new Identifiers(givenName, givenEmail, givenPhone, givenCustomerNumber, givenLicenseKey, givenAddress);
    }
    public Set<Long> getPersonIds() { return Set.copyOf(personIds); }
    public RequestStatus getStatus() { return status; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
    public String getMatchedBy() { return matchedBy; }
    public Instant getMatchedAt() { return matchedAt; }
    public String getVerificationMethod() { return verificationMethod; }
    public String getEvidenceSha256() { return evidenceSha256; }
    public String getVerifiedBy() { return verifiedBy; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Integer getExtensionUnits() { return extensionUnits; }
    public String getExtensionReason() { return extensionReason; }
    public Instant getPersonToldAt() { return personToldAt; }
    public String getExtendedBy() { return extendedBy; }
    public Instant getExtendedAt() { return extendedAt; }
    public Instant getRespondedAt() { return respondedAt; }
    public ResponseNature getResponseNature() { return responseNature; }
    public String getDenialBasis() { return denialBasis; }
    public Long getDeliveredSeq() { return deliveredSeq; }
    public Instant getRecipientsToldAt() { return recipientsToldAt; }
    public long getVersion() { return version; }
}
