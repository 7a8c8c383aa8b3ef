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

/** A person picked for a campaign because the communications rules allowed writing to them. */
@Entity
@Table(name = "campaign_contact")
public class CampaignContact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_contact_seq")
    @SequenceGenerator(name = "campaign_contact_seq", sequenceName = "campaign_contact_seq", allocationSize = 50)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "picked_at", nullable = false)
    private Instant pickedAt;

    protected CampaignContact() {
    }

    public CampaignContact(long campaignId, long personId, Instant pickedAt) {
        this.campaignId = campaignId;
        this.personId = personId;
        this.pickedAt = Objects.requireNonNull(pickedAt, "pickedAt");
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public long getPersonId() { return personId; }
    public Instant getPickedAt() { return pickedAt; }
}
