package com.custodia.service.requests;

import com.custodia.policy.DataCategory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The extractors of the access report, keyed by inventory category (decision 0024). The report
 * asks {@link #require} for every category of the inventory before it reads anything, so a
 * category added to the inventory without an extractor stops every report instead of being
 * silently left out. Each standard extractor reads every column of its tables for the person's
 * identities (all information, proprietary included) with a few stated exceptions: derived search
 * keys, the payment processor's token, and binary copies (named by size only).
 */
public final class ReportExtractors {

    private final Map<String, CategoryExtractor> byCategory = new LinkedHashMap<>();

    /** An empty registry (tests build their own). */
    public ReportExtractors() {
    }

    /** Every category of {@link DataCategory} with its extractor. */
    public static ReportExtractors standard() {
        ReportExtractors r = new ReportExtractors();
        Predicate<String> contact = Set.of("company", "email", "phone", "street", "city", "postal_code", "country",
                "language", "notes")::contains;
        r.register(DataCategory.IDENTITY.name(), tables(List.of("entered by operators, imported from files, or "
                        + "given by the person"),
                read("person", "id IN ({ids})", c -> !contact.test(c) && !c.endsWith("_key"))));
        r.register(DataCategory.CONTACT.name(), tables(List.of("given by the person, entered by operators or "
                        + "imported from files"),
                read("person", "id IN ({ids})", c -> c.equals("id") || contact.test(c))));
        r.register(DataCategory.POINTS_OF_CONTACT.name(), tables(List.of("recorded by operators when the person "
                + "contacted the vendor"), read("point_of_contact", "person_id IN ({ids})")));
        r.register(DataCategory.LICENSES.name(), tables(List.of("the vendor's licensing system; partners who "
                + "resold a license"), read("license", "person_id IN ({ids})", c -> !c.endsWith("_norm"))));
        r.register(DataCategory.ORDERS.name(), tables(List.of("the vendor's web shop and its payment processor"),
                read("customer_order", "person_id IN ({ids})").hiding("card_token",
                        "held; a credential of the payment processor, not shown")));
        r.register(DataCategory.WEB_ANALYTICS.name(), tables(List.of("the vendor's web site analytics"),
                read("web_visit", "person_id IN ({ids})")));
        r.register(DataCategory.FORUM_POSTS.name(), tables(List.of("the vendor's user forum"),
                read("forum_post", "person_id IN ({ids})")));
        r.register(DataCategory.CORRESPONDENCE.name(), tables(List.of("letters and email exchanged with the vendor"),
                read("correspondence", "person_id IN ({ids})")));
        r.register(DataCategory.JOB_APPLICATIONS.name(), tables(List.of("applications the person sent"),
                read("job_application", "person_id IN ({ids})")));
        r.register(DataCategory.COMMUNICATION_PREFERENCES.name(), tables(List.of("the person's choices, recorded "
                + "by operators or from unsubscribe links"), read("communication_preference", "person_id IN ({ids})")));
        String consents = "consent_id IN (SELECT id FROM consent WHERE person_id IN ({ids}))";
        r.register(DataCategory.CONSENTS.name(), tables(List.of("consents the person gave, with their receipts"),
                read("consent", "person_id IN ({ids})"), read("consent_recipient", consents),
                read("consent_category", consents), read("consent_evidence", consents)));
        r.register(DataCategory.STATEMENTS.name(), tables(List.of("campaigns the vendor ran; the person's own "
                        + "statements"), read("campaign_contact", "person_id IN ({ids})"),
                read("statement", "person_id IN ({ids})"),
                read("statement_publication", "statement_id IN (SELECT id FROM statement WHERE person_id IN ({ids}))")));
        r.register(DataCategory.CHANGE_HISTORY.name(), tables(List.of("every change saved in Custodia"),
                read("change_record", "person_id IN ({ids})"),
                read("change_revision", "id IN (SELECT revision_id FROM change_record WHERE person_id IN ({ids}))")));
        r.register(DataCategory.MERGES.name(), tables(List.of("operators who found two records to be one person"),
                read("person_merge", "survivor_id IN ({ids}) OR merged_id IN ({ids})")));
        String quietEntries = "seq IN (SELECT seq FROM ledger_entry_person WHERE person_id IN ({ids})) AND "
                + "(non_notification_until IS NULL OR non_notification_until <= {now})";
        r.register(DataCategory.DISCLOSURES.name(), tables(List.of("the disclosure ledger"),
                read("ledger_entry", quietEntries),
                read("ledger_entry_person", "person_id IN ({ids}) AND seq IN (SELECT seq FROM ledger_entry WHERE "
                        + quietEntries + ")")));
        String orders = "order_id IN (SELECT o.id FROM legal_order o JOIN legal_order_person p ON p.order_id = o.id "
                + "WHERE p.person_id IN ({ids}) AND (o.non_notification_until IS NULL "
                + "OR o.non_notification_until <= {now}))";
        r.register(DataCategory.LEGAL_ORDERS.name(), tables(List.of("authorities that served orders"),
                read("legal_order", orders.replace("order_id IN", "id IN")),
                read("legal_order_person", orders + " AND person_id IN ({ids})"),
                read("legal_order_category", orders), read("legal_order_copy", orders)));
        r.register(DataCategory.PARTNER_GRANTS.name(), tables(List.of("grants the vendor's partner managers made"),
                read("license_share_grant_person", "person_id IN ({ids})")));
        String requests = "request_id IN (SELECT request_id FROM subject_request_person WHERE person_id IN ({ids}))";
        r.register(DataCategory.SUBJECT_REQUESTS.name(), tables(List.of("the person's own requests"),
                read("subject_request", requests.replace("request_id IN", "id IN")),
                read("subject_request_person", requests + " AND person_id IN ({ids})"),
                read("subject_request_clock", requests), read("subject_request_item", requests),
                read("subject_request_notice", requests)));
        return r;
    }

    /** Registers (or replaces) the extractor of a category. */
    public ReportExtractors register(String category, CategoryExtractor extractor) {
        byCategory.put(category, extractor);
        return this;
    }

    public CategoryExtractor get(String category) {
        return byCategory.get(category);
    }

    /** The categories that have no extractor, in the order given. */
    public List<String> missing(Collection<String> categories) {
        return categories.stream().filter(c -> !byCategory.containsKey(c)).toList();
    }

    /** @throws IncompleteReportException when a category has no extractor */
    public void require(Collection<String> categories) {
        List<String> missing = missing(categories);
        if (!missing.isEmpty()) {
            throw new IncompleteReportException(missing);
        }
    }

    // ---------------------------------------------------------------- Generic table reads

    /** One table's rows about the persons: every column the filter keeps, in table order. */
    static final class TableRead {
        private final String table;
        private final String where;
        private final Predicate<String> columns;
        private final Map<String, String> hidden = new LinkedHashMap<>();

        TableRead(String table, String where, Predicate<String> columns) {
            this.table = table;
            this.where = where;
            this.columns = columns;
        }

        TableRead hiding(String column, String shownAs) {
            hidden.put(column, shownAs);
            return this;
        }

        List<Map<String, String>> rows(CategoryExtractor.Context ctx) throws SQLException {
            List<Long> ids = new ArrayList<>(new TreeSet<>(ctx.identities()));
            String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder();
            String rest = where;
            // placeholders in order of appearance, bound in the same order
            while (true) {
                int a = rest.indexOf("{ids}");
                int b = rest.indexOf("{now}");
                if (a < 0 && b < 0) {
                    break;
                }
                if (a >= 0 && (b < 0 || a < b)) {
                    sql.append(rest, 0, a).append(marks);
                    params.addAll(ids);
                    rest = rest.substring(a + 5);
                } else {
                    sql.append(rest, 0, b).append('?');
                    params.add(Timestamp.from(ctx.now()));
                    rest = rest.substring(b + 5);
                }
            }
            sql.append(rest);
            // table and conditions are fixed in this class, never from input
            String statement = "SELECT * FROM " + table + " WHERE " + sql;
            List<Map<String, String>> out = new ArrayList<>();
            try (PreparedStatement st = ctx.connection().prepareStatement(statement)) {
                for (int i = 0; i < params.size(); i++) {
                    st.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int n = meta.getColumnCount();
                    String[] names = new String[n];
                    boolean[] keep = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        names[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                        keep[i] = columns.test(names[i]);
                    }
                    while (rs.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        row.put("store", table);
                        for (int i = 0; i < n; i++) {
                            if (!keep[i]) {
                                continue;
                            }
                            Object v = rs.getObject(i + 1);
                            String shown = hidden.get(names[i]);
                            if (shown != null) {
                                row.put(names[i], v == null ? null : shown);
                            } else {
                                row.put(names[i], text(v));
                            }
                        }
                        out.add(row);
                    }
                }
            }
            out.sort(java.util.Comparator.comparing((Map<String, String> m) -> idOf(m)));
            return out;
        }

        String table() {
            return table;
        }
    }

    private static long idOf(Map<String, String> row) {
        for (String key : new String[] {"id", "seq"}) {
            String v = row.get(key);
            if (v != null) {
                try {
                    return Long.parseLong(v);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] bytes) {
            return "(binary, " + bytes.length + " bytes)";
        }
        if (v instanceof java.sql.Blob blob) {
            try {
                return "(binary, " + blob.length() + " bytes)";
            } catch (SQLException e) {
                return "(binary)";
            }
        }
        if (v instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (v instanceof Instant t) {
            return t.toString();
        }
        if (v instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                return "(text)";
            }
        }
        return v.toString();
    }

    static TableRead read(String table, String where) {
        return new TableRead(table, where, c -> true);
    }

    static TableRead read(String table, String where, Predicate<String> columns) {
        return new TableRead(table, where, columns);
    }

    /** An extractor that reads the tables in order, with fixed sources. */
    static CategoryExtractor tables(List<String> sources, TableRead... reads) {
        return ctx -> {
            List<Map<String, String>> records = new ArrayList<>();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (TableRead read : reads) {
                List<Map<String, String>> found = read.rows(ctx);
                records.addAll(found);
                rows.merge(read.table(), (long) found.size(), Long::sum);
            }
            return new CategoryExtractor.Extracted(records, sources, rows);
        };
    }
}
