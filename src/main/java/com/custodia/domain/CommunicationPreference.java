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
 * A person's choice for one class of email (promise P9): one current row per person and class;
 * earlier choices are in the change history. Mandatory service messages cannot be declined, so
 * a row never says "not subscribed" for one of them.
 */
@Entity
@Table(name = "communication_preference")
public class CommunicationPreference implements HistoryTracked, PersonRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_data_seq")
    @SequenceGenerator(name = "customer_data_seq", sequenceName = "customer_data_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "message_class", nullable = false, length = 30)
    private MessageClass messageClass;

    @Column(name = "subscribed", nullable = false)
    private boolean subscribed;

    @Column(name = "since", nullable = false)
    private Instant since;

    @Column(name = "source", nullable = false, length = 100)
    private String source;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CommunicationPreference() {
    }

    public CommunicationPreference(long personId, MessageClass messageClass, boolean subscribed, Instant since,
                                   String source) {
        this.personId = personId;
        this.messageClass = Objects.requireNonNull(messageClass, "messageClass");
        choose(subscribed, since, source);
    }

    public Long getId() { return id; }
    @Override public long getPersonId() { return personId; }
    public MessageClass getMessageClass() { return messageClass; }
    public boolean isSubscribed() { return subscribed; }
    public Instant getSince() { return since; }
    public String getSource() { return source; }
    public long getVersion() { return version; }

    /**
     * Records a new choice.
     *
     * @param source how the choice was made ("unsubscribe link", "phone call with sales")
     */
    public void choose(boolean subscribed, Instant since, String source) {
        if (!subscribed && messageClass.mandatory()) {
            throw new IllegalArgumentException(capitalised(messageClass.label())
                    + " are mandatory service messages and cannot be declined.");
        }
        this.subscribed = subscribed;
        this.since = Objects.requireNonNull(since, "since");
        this.source = Texts.required("Source", source, 100);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public Long historyPersonId() { return personId; }

    @Override
    public void moveTo(long personId) { this.personId = personId; }
}
