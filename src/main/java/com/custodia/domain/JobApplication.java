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
 * An application for a job (promise P8): the applicant's details as they gave them, which may
 * differ from the person record, the position and where the application stands.
 */
@Entity
@Table(name = "job_application")
public class JobApplication implements HistoryTracked, PersonRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_data_seq")
    @SequenceGenerator(name = "customer_data_seq", sequenceName = "customer_data_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "full_name", nullable = false, length = 400)
    private String fullName;

    @Column(name = "address", length = 600)
    private String address;

    @Column(name = "phone", length = 50)
    private String phone;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "employment_history", length = 8000)
    private String employmentHistory;

    @Column(name = "position", nullable = false, length = 200)
    private String position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private JobApplicationStatus status;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected JobApplication() {
    }

    /** How to reach the applicant, as given in the application. */
    public record Applicant(String fullName, String address, String phone, String email) {
    }

    public JobApplication(long personId, Applicant applicant, String employmentHistory, String position,
                          JobApplicationStatus status, Instant appliedAt) {
        this.personId = personId;
        changeApplicant(applicant);
        this.employmentHistory = Texts.limited("Employment history", employmentHistory, 8000);
        this.position = Texts.required("Position", position, 200);
        this.status = Objects.requireNonNull(status, "status");
        this.appliedAt = Objects.requireNonNull(appliedAt, "appliedAt");
    }

    public Long getId() { return id; }
    @Override public long getPersonId() { return personId; }
    public String getFullName() { return fullName; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getEmploymentHistory() { return employmentHistory; }
    public String getPosition() { return position; }
    public JobApplicationStatus getStatus() { return status; }
    public Instant getAppliedAt() { return appliedAt; }
    public long getVersion() { return version; }

    public void changeApplicant(Applicant applicant) {
        this.fullName = Texts.required("Full name", applicant.fullName(), 400);
        this.address = Texts.limited("Address", applicant.address(), 600);
        this.phone = Texts.limited("Phone", applicant.phone(), 50);
        this.email = Texts.limited("Email", applicant.email(), 320);
    }

    public void changeStatus(JobApplicationStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    @Override
    public Long historyPersonId() { return personId; }

    @Override
    public void moveTo(long personId) { this.personId = personId; }
}
