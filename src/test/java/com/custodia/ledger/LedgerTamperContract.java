package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.persistence.Database;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Someone with database access edits the ledger with plain SQL (triggers dropped where needed);
 * {@code ledger verify} must catch each edit, name the first broken entry and say what kind of
 * edit it was. Runs on H2 and on PostgreSQL.
 */
abstract class LedgerTamperContract {

    static final HexFormat HEX = HexFormat.of();
    protected final MutableClock clock = new MutableClock();
    protected Services services;
    protected final Principal officer = TestWorkspaces.principal(70, "officer", Role.PRIVACY_OFFICER);

    protected abstract Services create();

    /** Lets the database owner change ledger rows (what an attacker with owner rights does first). */
    protected abstract void disableTriggers(Statement st) throws SQLException;

    @BeforeEach
    void ledgerOf250Entries() {
        services = create();
        append(250);
        services.ledger().checkpoint();
        assertThat(verify().ok()).isTrue();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    protected void append(int count) {
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofSeconds(1));
            services.ledger().append(new EntryDraft("officer", Set.of("PRIVACY_OFFICER"), RecipientKind.THIRD_PARTY,
                    "Recipient " + i, null, LegalBasis.CONSENT, "consent-" + i, Set.of((long) i, (long) i + 1000),
                    List.of("contact"), List.of("email"), "study " + i, "file", "ab".repeat(32), null, null));
        }
    }

    protected VerificationReport verify() {
        VerificationReport report = services.ledger().verify(officer, Progress.NONE);
        // three readers in chunks of 16 entries cross many chunk borders: the finding must be the same
        VerificationReport chunked = services.ledger().verify(officer, Progress.NONE,
                new LedgerVerification.Reading(3, 16));
        assertThat(chunked.summary()).as("read in small chunks").isEqualTo(report.summary());
        assertThat(chunked.detail()).as("read in small chunks").isEqualTo(report.detail());
        return report;
    }

    protected Database db() {
        return services.database();
    }

    protected void sql(String... statements) {
        db().fromConnection(c -> {
            try (Statement st = c.createStatement()) {
                disableTriggers(st);
                for (String s : statements) {
                    st.execute(s);
                }
            }
            return null;
        });
    }

    static void assertTampered(VerificationReport report, long at, TamperKind kind) {
        assertThat(report.ok()).as("tampering detected").isFalse();
        assertThat(report.kind()).as(report.detail()).isEqualTo(kind);
        assertThat(report.brokenAt()).as(report.detail()).isEqualTo(at);
    }

    @Test
    void theDatabaseRefusesUpdateAndDeleteOfLedgerRows() {
        for (String statement : List.of("UPDATE ledger_record SET channel = 'x' WHERE seq = 3",
                "DELETE FROM ledger_record WHERE seq = 3", "UPDATE ledger_text SET text = 'x'", "DELETE FROM ledger_text",
                "DELETE FROM ledger_entry_person WHERE seq = 3", "DELETE FROM ledger_checkpoint")) {
            assertThatThrownBy(() -> db().fromConnection(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate(statement);
                }
            })).as(statement).hasMessageContaining("append-only");
        }
        assertThat(verify().ok()).isTrue();
    }

    @Test
    void changedFieldIsCaughtAtItsEntry() {
        sql("UPDATE ledger_record SET channel = 'phone' WHERE seq = 137");
        assertTampered(verify(), 137, TamperKind.MODIFIED);
    }

    @Test
    void anEntryPointedAtAnotherTextIsCaughtAtItsEntry() {
        long other = addText("Someone else");
        sql("UPDATE ledger_record SET recipient_name_text = " + other + " WHERE seq = 137");
        assertTampered(verify(), 137, TamperKind.MODIFIED);
    }

    @Test
    void anEditedTextIsCaughtAtTheFirstEntryThatNamesIt() {
        // every entry names the field list "email"; only entry 99 has the purpose "study 99"
        sql("UPDATE ledger_text SET text = 'study 99 and more' WHERE text = 'study 99'");
        assertTampered(verify(), 99, TamperKind.MODIFIED);
        sql("UPDATE ledger_text SET text = 'email,phone' WHERE text = 'email'");
        assertTampered(verify(), 0, TamperKind.MODIFIED);
    }

    @Test
    void aTextNumberThatNamesNoTextIsCaughtAtItsEntry() {
        sql("UPDATE ledger_record SET purpose_text = 987654321 WHERE seq = 42",
                "DELETE FROM ledger_text WHERE text = 'study 201'");
        assertTampered(verify(), 42, TamperKind.MODIFIED);
    }

    @Test
    void removedPersonFromAnEntryIsCaught() {
        sql("DELETE FROM ledger_entry_person WHERE seq = 42 AND person_id = 42");
        assertTampered(verify(), 42, TamperKind.MODIFIED);
    }

    @Test
    void deletedMiddleEntryIsCaught() {
        sql("DELETE FROM ledger_entry_person WHERE seq = 120", "DELETE FROM ledger_record WHERE seq = 120");
        assertTampered(verify(), 120, TamperKind.DELETED);
    }

    @Test
    void forgedEntryInsertedInTheMiddleIsCaught() {
        AppendedEntry before = services.ledger().store().entries(149, 1).get(0);
        EntryContent forged = new EntryContent(before.content().time().plusMillis(1), "intruder", List.of("PRIVACY_OFFICER"),
                RecipientKind.THIRD_PARTY, "Data broker", null, LegalBasis.CONSENT, null, 0,
                EntryContent.personsDigest(List.of()), List.of("contact"), List.of("email"), "sale", "file",
                "cd".repeat(32), null, null);
        byte[] leaf = forged.leafHash();
        byte[] chain = ChainVerifier.chain(before.chainHash(), leaf);
        sql("UPDATE ledger_entry_person SET seq = seq + 100000 WHERE seq >= 150",
                "UPDATE ledger_record SET seq = seq + 100000 WHERE seq >= 150",
                "UPDATE ledger_entry_person SET seq = seq - 99999 WHERE seq >= 100000",
                "UPDATE ledger_record SET seq = seq - 99999 WHERE seq >= 100000");
        insertRow(150, forged, leaf, chain);
        assertTampered(verify(), 150, TamperKind.INSERTED);
    }

    @Test
    void swappedEntriesAreCaught() {
        sql("UPDATE ledger_record SET seq = -1 WHERE seq = 60",
                "UPDATE ledger_record SET seq = 60 WHERE seq = 61",
                "UPDATE ledger_record SET seq = 61 WHERE seq = -1",
                "UPDATE ledger_entry_person SET seq = -1 WHERE seq = 60",
                "UPDATE ledger_entry_person SET seq = 60 WHERE seq = 61",
                "UPDATE ledger_entry_person SET seq = 61 WHERE seq = -1");
        assertTampered(verify(), 60, TamperKind.REORDERED);
    }

    @Test
    void lastEntriesDeletedAfterACheckpointAreCaughtEvenWithTheHeadRewritten() {
        AppendedEntry last = services.ledger().store().entries(229, 1).get(0);
        sql("DELETE FROM ledger_entry_person WHERE seq >= 230", "DELETE FROM ledger_record WHERE seq >= 230",
                "DELETE FROM ledger_checkpoint WHERE tree_size > 230",
                "UPDATE ledger_head SET size = 230, chain_hash = '" + HEX.formatHex(last.chainHash()) + "'");
        // the checkpoint of size 250 survives as an anchor file outside the database
        assertTampered(verify(), 230, TamperKind.TRUNCATED);
    }

    @Test
    void rebuiltChainWithRecomputedHashesIsCaughtByTheSignedCheckpoint() {
        List<AppendedEntry> all = services.ledger().store().entries(0, 1000);
        db().fromConnection(c -> {
            try (Statement st = c.createStatement()) {
                disableTriggers(st);
            }
            byte[] prev = all.get(149).chainHash();
            LedgerTexts.Naming naming = services.ledger().store().texts().naming(c);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE ledger_record SET recipient_name_text = ?, leaf_hash = ?, chain_hash = ? WHERE seq = ?")) {
                for (int i = 150; i < all.size(); i++) {
                    EntryContent c0 = all.get(i).content();
                    String name = i == 150 ? "Rewritten" : c0.recipientName();
                    EntryContent changed = new EntryContent(c0.time(), c0.operator(), c0.operatorRoles(), c0.recipientKind(),
                            name, c0.recipientAddress(), c0.basis(), c0.reference(), c0.personCount(), c0.personsDigest(),
                            c0.categories(), c0.fields(), c0.purpose(), c0.channel(), c0.payloadSha256(), c0.seriesId(),
                            c0.nonNotificationUntil());
                    byte[] leaf = changed.leafHash();
                    prev = ChainVerifier.chain(prev, leaf);
                    update.setLong(1, naming.id(name));
                    update.setBytes(2, leaf);
                    update.setBytes(3, prev);
                    update.setLong(4, i);
                    update.executeUpdate();
                }
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE ledger_head SET chain_hash = ?")) {
                head.setString(1, HEX.formatHex(prev));
                head.executeUpdate();
            }
            return null;
        });
        assertTampered(verify(), 100, TamperKind.MODIFIED);
    }

    @Test
    void anOlderStateWithNewEntriesAppendedForksFromTheAnchorFiles() {
        // what a restored older copy looks like from inside: entries, checkpoints and head as they were at 150
        AppendedEntry at149 = services.ledger().store().entries(149, 1).get(0);
        sql("DELETE FROM ledger_entry_person WHERE seq >= 150", "DELETE FROM ledger_record WHERE seq >= 150",
                "DELETE FROM ledger_checkpoint WHERE tree_size > 150",
                "UPDATE ledger_head SET size = 150, chain_hash = '" + HEX.formatHex(at149.chainHash()) + "'");
        assertTampered(verify(), 150, TamperKind.TRUNCATED);
        append(120);
        assertTampered(verify(), 200, TamperKind.FORKED);
    }

    protected void insertRow(long seq, EntryContent c, byte[] leaf, byte[] chain) {
        db().fromConnection(conn -> {
            try (PreparedStatement st = conn.prepareStatement(LedgerStore.INSERT_ENTRY)) {
                LedgerStore.bindEntry(st, seq, c, leaf, chain, services.ledger().store().texts().naming(conn));
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Adds a text to the ledger's table of texts (an INSERT, which the triggers allow) and returns its number. */
    protected long addText(String text) {
        return db().fromConnection(c -> services.ledger().store().texts().naming(c).id(text));
    }
}
