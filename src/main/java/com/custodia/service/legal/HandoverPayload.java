package com.custodia.service.legal;

import com.custodia.domain.Person;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON handed to an authority: the order it answers, and for each person in the approved
 * scope exactly the fields of the approved categories, keyed by the person's id (the identifier
 * the order's scope was written in). Persons the order names but Custodia no longer holds are
 * listed as such, so the authority learns the answer is complete.
 *
 * @param bytes   the UTF-8 JSON, hashed into the ledger entry as it is
 * @param persons the ids of the persons whose data it carries
 * @param fields  the field names it carries for each of them
 */
record HandoverPayload(byte[] bytes, Set<Long> persons, List<String> fields) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Builds the payload; {@code held} are the persons of the scope found in the database, in any order. */
    static HandoverPayload of(LegalOrderDetail order, List<Person> held, Instant at) {
        List<String> fields = PersonFields.fieldsOf(order.categories());
        Set<Long> scope = new TreeSet<>(order.personIds());
        List<Map<String, Object>> records = new ArrayList<>();
        Set<Long> found = new LinkedHashSet<>();
        held.stream()
                .filter(p -> scope.contains(p.getId()))
                .sorted((a, b) -> Long.compare(a.getId(), b.getId()))
                .forEach(p -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("person_id", p.getId());
                    fields.forEach(field -> record.put(field, PersonFields.value(p, field)));
                    records.add(record);
                    found.add(p.getId());
                });
        Set<Long> notHeld = new TreeSet<>(scope);
        notHeld.removeAll(found);

        Map<String, Object> authority = new LinkedHashMap<>();
        authority.put("name", order.authorityName());
        authority.put("address", order.authorityAddress());
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", order.id());
        about.put("kind", order.kind().name().toLowerCase(Locale.ROOT));
        about.put("reference", order.reference());
        about.put("authority", authority);
        about.put("deadline", order.deadline().toString());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("legal_order", about);
        root.put("handed_over_at", at.toString());
        root.put("categories", order.categories());
        root.put("fields", fields);
        root.put("persons", records);
        root.put("persons_not_held", List.copyOf(notHeld));
        try {
            return new HandoverPayload(JSON.writeValueAsBytes(root), Set.copyOf(found), fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the hand-over as JSON", e);
        }
    }
}
