package com.custodia.service.requests;

import com.custodia.service.ledger.Accounting;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeSet;

/** The access report as JSON for machines: fixed field order, ISO-8601 UTC instants as text. */
final class AccessReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AccessReportJson() {
    }

    static byte[] write(AccessReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("report", "access report");
        root.put("requestId", r.requestId());
        root.put("personName", r.personName());
        ArrayNode persons = root.putArray("personIds");
        new TreeSet<>(r.personIds()).forEach(persons::add);
        ArrayNode identities = root.putArray("recordsIncludingMerged");
        new TreeSet<>(r.identities()).forEach(identities::add);
        root.put("generatedAt", r.generatedAt().toString());
        root.put("redactions", r.redactions());
        ArrayNode sections = root.putArray("categories");
        for (AccessReport.Section s : r.sections()) {
            ObjectNode n = sections.addObject();
            n.put("category", s.category());
            n.put("title", s.title());
            n.put("holds", s.holds());
            n.put("purpose", s.purpose());
            ArrayNode sources = n.putArray("sources");
            s.sources().forEach(sources::add);
            n.put("count", s.records().size());
            ArrayNode records = n.putArray("records");
            for (Map<String, String> rec : s.records()) {
                ObjectNode o = records.addObject();
                rec.forEach(o::put);
            }
        }
        ArrayNode accountings = root.putArray("accountingOfDisclosures");
        for (Accounting a : r.accountings()) {
            ObjectNode n = accountings.addObject();
            n.put("personId", a.personId());
            ArrayNode lines = n.putArray("disclosures");
            for (Accounting.Line l : a.lines()) {
                ObjectNode o = lines.addObject();
                o.put("date", l.date().toString());
                o.put("recipientKind", l.recipientKind().name());
                o.put("recipientName", l.recipientName());
                o.put("recipientAddress", l.recipientAddress());
                ArrayNode cats = o.putArray("categories");
                l.categories().forEach(cats::add);
                ArrayNode fields = o.putArray("fields");
                l.fields().forEach(fields::add);
                o.put("purpose", l.purpose());
                o.put("basis", l.basis().name());
                o.put("ledgerEntry", l.ledgerSeq());
                if (l.series() != null) {
                    o.put("repeated", l.series().count());
                    o.put("lastDate", l.series().lastDate().toString());
                    o.put("lastLedgerEntry", l.series().lastLedgerSeq());
                }
            }
        }
        ArrayNode stores = root.putArray("completeness");
        for (AccessReport.StoreSearched s : r.completeness()) {
            ObjectNode o = stores.addObject();
            o.put("category", s.category());
            o.put("store", s.table());
            o.put("rows", s.rows());
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The access report could not be written as JSON: " + e.getMessage(), e);
        }
    }
}
