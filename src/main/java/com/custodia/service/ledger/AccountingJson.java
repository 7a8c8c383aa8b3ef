package com.custodia.service.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The accounting as JSON for machines. Fields are written in a fixed order, instants as ISO-8601
 * UTC strings, absent values as null (so every line has the same shape), enumerations in the
 * command line's spelling ({@code third-party}, {@code subject-request}).
 */
final class AccountingJson {

    /** Names the document and its shape, so a reader can tell versions apart. */
    static final String FORMAT = "custodia-accounting-of-disclosures/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AccountingJson() {
    }

    static byte[] write(Accounting a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode person = root.putObject("person");
        person.put("id", a.personId());
        person.put("name", a.personName());
        root.put("generatedAt", iso(a.generatedAt()));
        ArrayNode lines = root.putArray("disclosures");
        for (Accounting.Line line : a.lines()) {
            ObjectNode n = lines.addObject();
            n.put("date", iso(line.date()));
            ObjectNode recipient = n.putObject("recipient");
            recipient.put("kind", spelled(line.recipientKind()));
            recipient.put("name", line.recipientName());
            recipient.put("address", line.recipientAddress());
            strings(n.putArray("categories"), line.categories());
            strings(n.putArray("fields"), line.fields());
            n.put("purpose", line.purpose());
            n.put("basis", line.basis().cliName());
            n.put("reference", line.reference());
            n.put("channel", line.channel());
            n.put("ledgerSeq", line.ledgerSeq());
            Accounting.Series s = line.series();
            if (s == null) {
                n.putNull("series");
            } else {
                ObjectNode series = n.putObject("series");
                series.put("count", s.count());
                series.put("lastDate", iso(s.lastDate()));
                series.put("averageInterval", s.averageInterval().toString());
                series.put("frequency", s.frequency());
                strings(series.putArray("categories"), s.categories());
                strings(series.putArray("fields"), s.fields());
                series.put("lastLedgerSeq", s.lastLedgerSeq());
            }
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String spelled(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
