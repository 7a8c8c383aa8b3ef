package com.custodia.service.requests;

import com.custodia.service.ledger.Accounting;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything held about a person, built from the data inventory (DESIGN.md P7, decision 0024):
 * one section per inventory category with its records, purpose and sources; the accounting of
 * disclosures with recipients named; and the completeness section naming every store searched
 * and how many of its rows are about the person. Third parties' data inside the records is
 * already redacted ({@link Redaction}).
 */
public record AccessReport(long requestId, Set<Long> personIds, Set<Long> identities, String personName,
                           Instant generatedAt, List<Section> sections, List<Accounting> accountings,
                           List<StoreSearched> completeness, int redactions) {

    public AccessReport {
        personIds = Set.copyOf(personIds);
        identities = Set.copyOf(identities);
        sections = List.copyOf(sections);
        accountings = List.copyOf(accountings);
        completeness = List.copyOf(completeness);
    }

    /** One inventory category: what it holds, why, where the data came from, and every record. */
    public record Section(String category, String title, String holds, String purpose, List<String> sources,
                          List<Map<String, String>> records) {
        public Section {
            sources = List.copyOf(sources);
            records = List.copyOf(records);
        }
    }

    /** A store (table) searched for the report, and how many of its rows are about the person. */
    public record StoreSearched(String category, String table, long rows) {
    }

    /** The section of a category, or null. */
    public Section section(String category) {
        return sections.stream().filter(s -> s.category().equals(category)).findFirst().orElse(null);
    }

    /** Every category of the report, in inventory order. */
    public List<String> categories() {
        return sections.stream().map(Section::category).toList();
    }
}
