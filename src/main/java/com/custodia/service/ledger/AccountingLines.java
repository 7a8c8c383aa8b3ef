package com.custodia.service.ledger;

import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.EntryContent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a person's ledger entries into accounting lines: held-back entries out, repeated
 * disclosures to one recipient for one purpose folded into one line. A pure function, so the
 * rules of summarising are tested without a database.
 */
final class AccountingLines {

    private AccountingLines() {
    }

    /** A series is one recipient (kind and name, any case or spacing) and one purpose (any case). */
    private record Key(String recipientKind, String recipientName, String purpose) {
        static Key of(EntryContent c) {
            return new Key(c.recipientKind().name(), normal(c.recipientName()), normal(c.purpose()));
        }

        private static String normal(String s) {
            return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param entries the person's entries, oldest first
     * @param now     entries whose non-notification period ends after this are left out
     */
    static List<Accounting.Line> of(List<AppendedEntry> entries, Instant now) {
        Map<Key, List<AppendedEntry>> series = new LinkedHashMap<>();
        for (AppendedEntry e : entries) {
            Instant until = e.content().nonNotificationUntil();
            if (until != null && until.isAfter(now)) {
                continue;
            }
            series.computeIfAbsent(Key.of(e.content()), k -> new ArrayList<>()).add(e);
        }
        List<Accounting.Line> lines = new ArrayList<>();
        for (List<AppendedEntry> group : series.values()) {
            lines.add(line(group));
        }
        // the ledger is in time order, and each group starts at its first disclosure
        lines.sort((a, b) -> Long.compare(a.ledgerSeq(), b.ledgerSeq()));
        return lines;
    }

    private static Accounting.Line line(List<AppendedEntry> group) {
        AppendedEntry first = group.get(0);
        EntryContent c = first.content();
        Accounting.Series summary = null;
        if (group.size() > 1) {
            AppendedEntry last = group.get(group.size() - 1);
            Set<String> categories = new TreeSet<>();
            Set<String> fields = new TreeSet<>();
            group.forEach(e -> {
                categories.addAll(e.content().categories());
                fields.addAll(e.content().fields());
            });
            Duration span = Duration.between(c.time(), last.content().time());
            summary = new Accounting.Series(group.size(), last.content().time(), span.dividedBy(group.size() - 1),
                    List.copyOf(categories), List.copyOf(fields), last.seq());
        }
        return new Accounting.Line(c.time(), c.recipientKind(), c.recipientName(), c.recipientAddress(),
                c.categories(), c.fields(), c.purpose(), c.basis(), c.reference(), c.channel(), first.seq(), summary);
    }
}
