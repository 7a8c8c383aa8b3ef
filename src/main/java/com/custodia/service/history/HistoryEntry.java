package com.custodia.service.history;

import java.time.Instant;

/**
 * One field of one record changed: when, by whom, from what, and its old and new value as text
 * (old is null when the record was created, new is null when it was deleted). Values the reader's
 * roles may not see whole are masked.
 *
 * @param entity   the kind of record ("Person", "License", "CustomerOrder" …)
 * @param entityId the record's id
 * @param field    the field's name in the data model ("lastName", "status" …)
 */
public record HistoryEntry(Instant changedAt, String operator, String source, String entity, long entityId,
                           String field, String oldValue, String newValue) {
}
