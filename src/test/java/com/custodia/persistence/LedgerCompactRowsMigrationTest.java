package com.custodia.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.ChainVerifier;
import com.custodia.ledger.EntryContent;
import com.custodia.ledger.LedgerStore;
import com.custodia.ledger.LedgerVerification;
import com.custodia.ledger.TamperKind;
import com.custodia.ledger.VerificationReport;
import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace whose ledger was written before entries were stored compactly (migration V17; the test stops at V15, before it)
 * keeps every entry as it was: the same content, the same leaf and chain hashes, a chain that
 * verifies, and appends that extend it. A row someone had edited before the upgrade is still
 * caught after it.
 */
class LedgerCompactRowsMigrationTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir Path folder;

    @Test
    void entriesWrittenBeforeTheCompactRowsReadAndVerifyTheSameAfterThem() throws Exception {
        List<AppendedEntry> written = writeOldLedger(40, -1);
        try (Database db = openMigrated()) {
            LedgerStore store = new LedgerStore(db, Clock.fixed(START.plusSeconds(3600), ZoneOffset.UTC));
            List<AppendedEntry> read = store.entries(0, 100);
            assertThat(read).hasSize(written.size());
            for (int i = 0; i < written.size(); i++) {
                assertThat(read.get(i).content()).as("entry %d", i).isEqualTo(written.get(i).content());
                assertThat(read.get(i).leafHash()).as("entry %d", i).isEqualTo(written.get(i).leafHash());
                assertThat(read.get(i).chainHash()).as("entry %d", i).isEqualTo(written.get(i).chainHash());
            }
            assertThat(store.leafHashes(written.size())).containsExactlyElementsOf(
                    written.stream().map(AppendedEntry::leafHash).toList());
            // texts that repeat are kept once: roles, recipients (3), categories, fields, purposes (2), one address
            assertThat(count(db, "SELECT COUNT(*) FROM ledger_text")).isEqualTo(9);
            assertThat(verify(db, store).ok()).isTrue();

            store.append(new com.custodia.ledger.EntryDraft("officer", java.util.Set.of("PRIVACY_OFFICER", "SALES"),
                    RecipientKind.THIRD_PARTY, "Recipient 1", null, LegalBasis.CONSENT, "after", java.util.Set.of(5L),
                    List.of("contact"), List.of("email", "name"), "study", "file", "ef".repeat(32), null, null));
            VerificationReport after = verify(db, store);
            assertThat(after.ok()).as(after.detail()).isTrue();
            assertThat(after.entries()).isEqualTo(written.size() + 1);
            assertThat(count(db, "SELECT COUNT(*) FROM ledger_text")).as("no text named twice").isEqualTo(9);
        }
    }

    @Test
    void aRowEditedBeforeTheUpgradeIsStillCaughtAfterIt() throws Exception {
        writeOldLedger(30, 17);
        try (Database db = openMigrated()) {
            VerificationReport report = verify(db, new LedgerStore(db, Clock.systemUTC()));
            assertThat(report.ok()).isFalse();
            assertThat(report.brokenAt()).as(report.detail()).isEqualTo(17);
            assertThat(report.kind()).isEqualTo(TamperKind.MODIFIED);
        }
    }

    private static VerificationReport verify(Database db, LedgerStore store) {
        return LedgerVerification.run(db, "migrated", store.head(), List.of(), Map.of(), Progress.NONE,
                LedgerVerification.Reading.DEFAULT);
    }

    /**
     * The schema as it was before V16 with {@code count} entries in the old rows (texts and hashes
     * written out in each), hashed and chained as the ledger does; entry {@code edited} (if not -1)
     * has its leaf hash written in capitals, an edit that is not one to the eye.
     */
    private List<AppendedEntry> writeOldLedger(int count, int edited) throws SQLException {
        var flyway = Flyway.configure().dataSource(url(), user(), password())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                .javaMigrations(new SearchKeyBackfill()).target("15");
        if (schema() != null) {
            flyway.schemas(schema());
        }
        flyway.load().migrate();
        List<AppendedEntry> out = new ArrayList<>();
        byte[] previous = ChainVerifier.GENESIS;
        try (Connection c = java.sql.DriverManager.getConnection(url(), user(), password())) {
            String insert = "INSERT INTO ledger_entry (seq, occurred_at, operator_name, operator_roles, recipient_kind, "
                    + "recipient_name, recipient_address, basis, reference, person_count, persons_digest, categories, "
                    + "fields, purpose, channel, payload_sha256, series_id, non_notification_until, leaf_hash, chain_hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement st = c.prepareStatement(insert);
                 PreparedStatement person = c.prepareStatement(
                         "INSERT INTO ledger_entry_person (seq, person_id) VALUES (?, ?)")) {
                for (int i = 0; i < count; i++) {
                    List<Long> persons = List.of((long) i, (long) i + 100);
                    EntryContent content = new EntryContent(START.plusSeconds(i), "officer",
                            List.of("PRIVACY_OFFICER", "SALES"), RecipientKind.THIRD_PARTY, "Recipient " + (i % 3),
                            i % 2 == 0 ? "1 Main Street, Springfield" : null, LegalBasis.CONSENT, "consent-" + i,
                            persons.size(), EntryContent.personsDigest(persons), List.of("contact"),
                            List.of("email", "name"), i % 2 == 0 ? "study" : "newsletter", "file",
                            HEX.formatHex(new byte[] {(byte) i}).repeat(32), i % 5 == 0 ? "series-" + i : null,
                            i == 3 ? START.plusSeconds(86_400) : null);
                    byte[] leaf = content.leafHash();
                    byte[] chain = ChainVerifier.chain(previous, leaf);
                    st.setLong(1, i);
                    st.setTimestamp(2, Timestamp.from(content.time()));
                    st.setString(3, content.operator());
                    st.setString(4, String.join(",", content.operatorRoles()));
                    st.setString(5, content.recipientKind().name());
                    st.setString(6, content.recipientName());
                    st.setString(7, content.recipientAddress());
                    st.setString(8, content.basis().name());
                    st.setString(9, content.reference());
                    st.setLong(10, content.personCount());
                    st.setString(11, content.personsDigest());
                    st.setString(12, String.join(",", content.categories()));
                    st.setString(13, String.join(",", content.fields()));
                    st.setString(14, content.purpose());
                    st.setString(15, content.channel());
                    st.setString(16, content.payloadSha256());
                    st.setString(17, content.seriesId());
                    st.setTimestamp(18, content.nonNotificationUntil() == null ? null
                            : Timestamp.from(content.nonNotificationUntil()));
                    String leafHex = HEX.formatHex(leaf);
                    st.setString(19, i == edited ? leafHex.toUpperCase(java.util.Locale.ROOT) : leafHex);
                    st.setString(20, HEX.formatHex(chain));
                    st.executeUpdate();
                    for (long p : persons) {
                        person.setLong(1, i);
                        person.setLong(2, p);
                        person.executeUpdate();
                    }
                    out.add(new AppendedEntry(i, content, leaf, chain));
                    previous = chain;
                }
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE ledger_head SET size = ?, chain_hash = ? WHERE id = 1")) {
                head.setLong(1, count);
                head.setString(2, HEX.formatHex(previous));
                head.executeUpdate();
            }
        }
        return out;
    }

    private Database openMigrated() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url());
        config.setUsername(user());
        config.setPassword(password());
        config.setMaximumPoolSize(4);
        return Database.open(profile(), config, schema(), Progress.NONE);
    }

    // ---------------------------------------------------------------- The engine (H2 here)

    protected String url() {
        return "jdbc:h2:file:" + folder.resolve("old").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    protected String user() {
        return "sa";
    }

    protected String password() {
        return "";
    }

    protected String vendor() {
        return "h2";
    }

    /** The schema the migrations run in, or null for the connection's default. */
    protected String schema() {
        return null;
    }

    protected ConnectionProfile profile() {
        return new ConnectionProfile.Embedded(folder);
    }

    private static long count(Database db, String sql) {
        return db.fromConnection(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
