package com.custodia.service.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An accounting of disclosures for one person (DESIGN.md section 5, promise P7): every
 * disclosure about them that the ledger records, oldest first, with repeated disclosures to one
 * recipient for one purpose summarised as one line. Entries under a running non-notification
 * period are not in it at all.
 *
 * @param personName the person's name as held now, or null when the record is no longer held
 */
public record Accounting(long personId, String personName, Instant generatedAt, List<Line> lines) {

    public Accounting {
        Objects.requireNonNull(generatedAt);
        lines = List.copyOf(lines);
    }

    /**
     * One disclosure, or the first of a series in full with the {@link Series} summary.
     *
     * @param ledgerSeq the ledger entry that records this (the first) disclosure
     * @param series    null when the disclosure happened once
     */
    public record Line(Instant date, RecipientKind recipientKind, String recipientName, String recipientAddress,
                       List<String> categories, List<String> fields, String purpose, LegalBasis basis,
                       String reference, String channel, long ledgerSeq, Series series) {

        public Line {
            categories = List.copyOf(categories);
            fields = List.copyOf(fields);
        }

        public boolean summarised() {
            return series != null;
        }
    }

    /**
     * Repeated disclosures to one recipient for one purpose after the first.
     *
     * @param count           how many disclosures in all, the first included (at least 2)
     * @param averageInterval the mean time between two disclosures of the series
     * @param categories      every category disclosed in the series (the first line shows the first's)
     * @param fields          every field disclosed in the series
     * @param lastLedgerSeq   the ledger entry of the last disclosure
     */
    public record Series(int count, Instant lastDate, Duration averageInterval, List<String> categories,
                         List<String> fields, long lastLedgerSeq) {

        public Series {
            categories = List.copyOf(categories);
            fields = List.copyOf(fields);
        }

        /** The interval in words: "about every 7 days", "about once a week". */
        public String frequency() {
            long hours = Math.max(1, Math.round(averageInterval.toMinutes() / 60.0));
            if (hours < 36) {
                return every(hours, "hour");
            }
            long days = Math.round(hours / 24.0);
            if (days < 7) {
                return every(days, "day");
            }
            if (days < 60) {
                return every(Math.round(days / 7.0), "week");
            }
            return every(Math.round(days / 30.0), "month");
        }

        private static String every(long n, String unit) {
            return n == 1 ? "about once " + (unit.equals("hour") ? "an " : "a ") + unit : "about every " + n + " " + unit + "s";
        }
    }

    /** Every data category the accounting mentions, sorted: what the accounting itself discloses about its lines. */
    public Set<String> categoriesMentioned() {
        Set<String> all = new TreeSet<>();
        for (Line line : lines) {
            all.addAll(line.categories());
            if (line.series() != null) {
                all.addAll(line.series().categories());
            }
        }
        return all;
    }
}
