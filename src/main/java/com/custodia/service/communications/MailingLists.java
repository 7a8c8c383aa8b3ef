package com.custodia.service.communications;

import com.custodia.domain.MessageClass;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.persistence.Database;
import com.custodia.policy.CsvSafety;
import com.custodia.policy.EmailEligibility;
import com.custodia.policy.EmailEligibility.Ground;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.disclosure.FileRelease;
import com.custodia.service.people.PersonExportService;
import com.custodia.service.security.AccessGuard;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audience of a mailing, and its mailing list (promises P9 and P10): for one message class,
 * how many persons the vendor may write to and why the others are left out, and the list of
 * those it may write to as a CSV file. Each person is decided by {@link EmailEligibility}, the
 * rule the person's own Communications tab shows, so the list and the tab never disagree.
 *
 * <p>The list is personal data leaving Custodia: it goes out through the disclosure gate, its
 * ledger entry committed before the file is written, like any export of persons.
 */
public final class MailingLists {

    /** The columns of a mailing list, in the order they are written. */
    public static final List<String> COLUMNS = List.of("email", "first_name", "last_name", "language");
    /** The data categories those columns belong to. */
    public static final List<String> CATEGORIES = List.of("identity", "contact", "preferences");

    /** Persons read per statement, in id order. */
    private static final int PAGE = 10_000;

    private final Database database;
    private final AccessGuard guard;
    private final DisclosureGate gate;

    public MailingLists(Database database, AccessGuard guard, DisclosureGate gate) {
        this.database = database;
        this.guard = guard;
        this.gate = gate;
    }

    /** How many persons a message of this class may reach, and why the rest may not. */
    public Audience audience(Principal actor, MessageClass messageClass, Progress progress) {
        guard.require(actor, Permission.PERSON_VIEW, "count who may receive a mailing");
        Map<Ground, Long> counts = new EnumMap<>(Ground.class);
        long persons = walk(messageClass, false, progress, "Counting",
                (row, ground) -> counts.merge(ground, 1L, Long::sum));
        return new Audience(messageClass, persons, counts);
    }

    /**
     * Writes the mailing list of a message class to {@code target}: every person the vendor may
     * send it to, with email, names and language. A disclosure like any export of persons: the
     * gate checks the operator's role and the basis, commits the ledger entry, then writes the file.
     *
     * @throws IllegalArgumentException when nobody may receive the class (no file, no entry)
     */
    public Disclosed export(Principal actor, MessageClass messageClass, PersonExportService.Recipient recipient,
                            Path target, Progress progress) {
        guard.require(actor, Permission.PERSON_EXPORT, "export a mailing list");
        StringWriter out = new StringWriter();
        Set<Long> ids = new LinkedHashSet<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            walk(messageClass, true, progress, "Listing", (row, ground) -> {
                if (ground.allowed()) {
                    ids.add(row.id());
                    print(printer, row);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Nobody may receive " + messageClass.label()
                    + "; there is no mailing list to export.");
        }
        progress.checkCancelled();
        progress.update(-1, String.format(Locale.ROOT, "Recording the disclosure of %,d addresses", ids.size()));
        DisclosureRequest request = new DisclosureRequest(DisclosureKind.PERSON_EXPORT, recipient.kind(),
                recipient.name(), recipient.address(), recipient.basis(), recipient.reference(), ids, CATEGORIES,
                COLUMNS, recipient.purpose(), "file", null, null);
        Disclosed disclosed = gate.disclose(actor, request, out.toString().getBytes(StandardCharsets.UTF_8),
                new FileRelease(target));
        progress.update(1.0, String.format(Locale.ROOT, "Exported %,d addresses", ids.size()));
        return disclosed;
    }

    /** One person as the walk reads them; the names and language only when a list is written. */
    record Row(long id, PersonKind kind, String email, String firstName, String lastName, String language) {
    }

    interface Visitor {
        void visit(Row row, Ground ground);
    }

    /**
     * Decides every person in id order, a page at a time, and returns how many there were. The
     * persons with a point of contact and those who declined the class are few and read first.
     * Names and language are read only for a list ({@code names}); a count needs kind and address.
     */
    private long walk(MessageClass messageClass, boolean names, Progress progress, String verb, Visitor visitor) {
        return database.fromConnection(c -> {
            long total = count(c);
            Set<Long> contacted = ids(c, "SELECT DISTINCT person_id FROM point_of_contact", null);
            Set<Long> declined = messageClass.mandatory() ? Set.of() : ids(c,
                    "SELECT person_id FROM communication_preference WHERE message_class = ? AND subscribed = FALSE",
                    messageClass.name());
            long seen = 0;
            long after = Long.MIN_VALUE;
            try (PreparedStatement page = c.prepareStatement("SELECT id, kind, email"
                    + (names ? ", first_name, last_name, language" : "")
                    + " FROM person WHERE id > ? ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY")) {
                while (true) {
                    progress.checkCancelled();
                    progress.update(total == 0 ? -1 : (double) seen / total, String.format(Locale.ROOT,
                            "%s who may receive %s: %,d of %,d persons", verb, messageClass.label(), seen, total));
                    page.setLong(1, after);
                    int n = 0;
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) {
                            Row row = new Row(rs.getLong(1), PersonKind.valueOf(rs.getString(2)), rs.getString(3),
                                    names ? rs.getString(4) : null, names ? rs.getString(5) : null,
                                    names ? rs.getString(6) : null);
                            boolean hasEmail = row.email() != null && !row.email().isBlank();
                            Ground ground = EmailEligibility.ground(row.kind(), hasEmail,
                                    contacted.contains(row.id()), declined.contains(row.id()) ? Boolean.FALSE : null,
                                    messageClass);
                            visitor.visit(row, ground);
                            after = row.id();
                            n++;
                        }
                    }
                    seen += n;
                    if (n < PAGE) {
                        return seen;
                    }
                }
            }
        });
    }

    private static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM person")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<Long> ids(Connection c, String sql, String parameter) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            if (parameter != null) {
                st.setString(1, parameter);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void print(CSVPrinter printer, Row row) {
        try {
            printer.printRecord(CsvSafety.neutralise(row.email()), CsvSafety.neutralise(row.firstName()),
                    CsvSafety.neutralise(row.lastName()), CsvSafety.neutralise(row.language()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
