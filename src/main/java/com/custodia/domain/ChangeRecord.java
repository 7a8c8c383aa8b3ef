package com.custodia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One field of one record changed in a revision: its old and new value as text (null when the
 * record was created or deleted). Filed under the person the record belongs to.
 */
@Entity
@Table(name = "change_record")
public class ChangeRecord {

    /** The longest value kept; longer values are cut and end with an ellipsis. */
    public static final int MAX_VALUE = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_seq")
    @SequenceGenerator(name = "change_seq", sequenceName = "change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "revision_id", nullable = false)
    private long revisionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "entity", nullable = false, length = 40)
    private String entity;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "field", nullable = false, length = 60)
    private String field;

    @Column(name = "old_value", length = MAX_VALUE)
    private String oldValue;

    @Column(name = "new_value", length = MAX_VALUE)
    private String newValue;

    protected ChangeRecord() {
    }

    public ChangeRecord(long revisionId, long personId, String entity, long entityId, String field,
                        String oldValue, String newValue) {
        this.revisionId = revisionId;
        this.personId = personId;
        this.entity = Objects.requireNonNull(entity, "entity");
        this.entityId = entityId;
        this.field = Objects.requireNonNull(field, "field");
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }

    public Long getId() { return id; }
    public long getRevisionId() { return revisionId; }
    public long getPersonId() { return personId; }
    public String getEntity() { return entity; }
    public long getEntityId() { return entityId; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
}
