package com.custodia.service.bench;

import com.custodia.domain.Jurisdiction;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.RequestChannel;
import com.custodia.domain.RequestKind;
import com.custodia.domain.Role;
import com.custodia.domain.SubjectRequest;
import com.custodia.ledger.EntryDraft;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.auth.PasswordHasher;
import com.custodia.service.people.NewPerson;
import com.custodia.service.requests.AccessReport;
import com.custodia.service.requests.ReportFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The access-report row of {@code bench} (issue 7): one person with {@code visits} web visits and
 * {@code disclosures} ledger entries; the report built from the inventory (every category, the
 * accounting, redaction) and rendered as JSON and as PDF, best of two runs, beside plain JDBC
 * reading every row of the same tables for that person. Target: at most 1 s for 10,000 visits
 * and 1,000 disclosures.
 */
public final class AccessReportBench {

    /** The sizes of the target. */
    public static final int VISITS = 10_000;
    public static final int DISCLOSURES = 1_000;

    private final Clock clock;
    private final PasswordHasher hasher;
    private final String workstation;

    public AccessReportBench(Clock clock, PasswordHasher hasher, String workstation) {
        this.clock = clock;
        this.hasher = hasher;
        this.workstation = workstation;
    }

    public List<BenchFigure> run(int visits, int disclosures, Path parent, Progress progress) {
        if (visits < 0 || disclosures < 0 || visits > 1_000_000 || disclosures > 100_000) {
            throw new IllegalArgumentException("The access-report bench takes up to 1,000,000 visits and 100,000 "
                    + "disclosures.");
        }
        try (BenchWorkspace workspace = BenchWorkspace.create(parent, clock, hasher, workstation, progress)) {
            Services services = workspace.services();
            Principal officer = workspace.operator("bench-officer", Role.PRIVACY_OFFICER);
            Principal second = workspace.operator("bench-second", Role.PRIVACY_OFFICER);
            long person = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace",
                    "Analytical Ltd", "ada@example.com", "+44 20 0000 0001", "1 Byron St", "London", "N1 1AA", "GB",
                    "en"));
            progress.update(-1, String.format(Locale.ROOT, "Adding %,d web visits and %,d disclosures", visits,
                    disclosures));
            insertVisits(services, person, visits);
            for (int i = 0; i < disclosures; i++) {
                services.ledger().append(new EntryDraft("bench-officer", Set.of("PRIVACY_OFFICER"),
                        RecipientKind.PARTNER, "Partner " + (i % 7), null, LegalBasis.PARTNER_AGREEMENT, "1",
                        Set.of(person), List.of("licenses"), List.of("license_key"), "license check " + (i % 3),
                        "api", "ab".repeat(32), null, null));
            }
            long request = services.requests().intake(officer, new com.custodia.service.requests.RequestViews.Intake(
                    RequestKind.ACCESS, RequestChannel.EMAIL, Jurisdiction.DEFAULT, clock.instant(),
                    new SubjectRequest.Identifiers(null, "ada@example.com", null, null, null, null))).id();
            services.requests().match(officer, request, Set.of(person));
            services.requests().verify(officer, request, "bench", "bench".getBytes(StandardCharsets.UTF_8));
            services.requests().confirm(second, request);

            progress.update(-1, "Timing the access report (JSON and PDF) beside plain JDBC reads");
            double best = Double.MAX_VALUE;
            double raw = Double.MAX_VALUE;
            for (int run = 0; run < 2; run++) {
                long t0 = System.nanoTime();
                AccessReport report = services.accessReports().build(officer, request);
                services.accessReports().render(report, ReportFormat.JSON);
                services.accessReports().render(report, ReportFormat.PDF);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                long r0 = System.nanoTime();
                rawRead(services, person);
                raw = Math.min(raw, (System.nanoTime() - r0) / 1e9);
            }
            return List.of(BenchFigure.duration("requests.report", best, raw,
                    "<= 1 s (10,000 visits, 1,000 disclosures)"));
        }
    }

    private static void insertVisits(Services services, long person, int visits) {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        services.database().<Void>fromConnection(c -> {
            long base;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM web_visit")) {
                rs.next();
                base = rs.getLong(1) + 1_000_000;
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO web_visit (id, person_id, visited_at, "
                    + "ip_address, browser, browser_version, language, referrer, pages_viewed) "
                    + "VALUES (?, ?, ?, ?, 'Firefox', '128.0', 'en-GB', 'https://search.example/?q=custodia', "
                    + "'/pricing /download')")) {
                for (int i = 0; i < visits; i++) {
                    st.setLong(1, base + i);
                    st.setLong(2, person);
                    st.setTimestamp(3, Timestamp.from(start.plus(Duration.ofMinutes(37L * i))));
                    st.setString(4, "192.0.2." + (i % 250));
                    st.addBatch();
                    if (i % 1000 == 999) {
                        st.executeBatch();
                    }
                }
                st.executeBatch();
            }
            return null;
        });
    }

    /** The raw engine: every row of the person's visits and ledger entries, read column by column. */
    private static void rawRead(Services services, long person) {
        services.database().<Void>fromConnection(c -> {
            for (String sql : List.of("SELECT * FROM web_visit WHERE person_id = ?",
                    "SELECT * FROM ledger_entry WHERE seq IN (SELECT seq FROM ledger_entry_person WHERE person_id = ?)",
                    "SELECT * FROM person WHERE id = ?")) {
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    st.setLong(1, person);
                    try (ResultSet rs = st.executeQuery()) {
                        int n = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= n; i++) {
                                rs.getObject(i);
                            }
                        }
                    }
                }
            }
            return null;
        });
    }
}
