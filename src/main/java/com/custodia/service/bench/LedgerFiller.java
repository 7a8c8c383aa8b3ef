package com.custodia.service.bench;

import com.custodia.domain.Progress;
import com.custodia.ledger.ChainVerifier;
import com.custodia.ledger.EntryContent;
import com.custodia.ledger.LedgerStore;
import com.custodia.ledger.LedgerTexts;
import com.custodia.ledger.MerkleFrontier;
import com.custodia.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Grows the bench's ledger to a million entries in seconds instead of the minutes that a million
 * durable appends take: correctly hashed and chained rows in JDBC batches, then the head row set
 * to match. The append-only triggers refuse UPDATE and DELETE of entries, not INSERT, and the head
 * row is not protected, so this works only because nobody else writes to the bench's workspace.
 * The rows are built with the ledger's own {@link EntryContent} and {@link ChainVerifier#chain},
 * so verifying them is verifying real entries.
 */
final class LedgerFiller {

    private static final int BATCH = 1_000;
    // small transactions: H2 re-reads every page of a transaction at commit, and pages of a large one
    // have left its 16 MB cache by then, so 50,000-row commits spent most of their time decrypting
    private static final int COMMIT_EVERY = 5_000;
    private static final HexFormat HEX = HexFormat.of();

    private LedgerFiller() {
    }

    /**
     * Appends entries until the ledger holds {@code size}, and returns the Merkle root of all of
     * them, which the signed checkpoint must then show.
     */
    static byte[] fillTo(Database database, LedgerStore store, BenchEntries entries, long size, Instant start,
                         Progress progress) {
        ChainVerifier.Head head = store.head();
        MerkleFrontier frontier = new MerkleFrontier();
        store.leafHashes(head.size()).forEach(frontier::add);
        byte[] previous = head.chainHash();
        long from = head.size();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement entry = c.prepareStatement(LedgerStore.INSERT_ENTRY);
                 PreparedStatement person = c.prepareStatement(
                         "INSERT INTO ledger_entry_person (seq, person_id) VALUES (?, ?)")) {
                LedgerTexts.Naming naming = store.texts().naming(c);
                Instant time = start;
                for (long seq = from; seq < size; seq++) {
                    time = start.plusNanos((seq - from) * 1_000);
                    EntryContent content = entries.content(seq, time);
                    byte[] leaf = content.leafHash();
                    byte[] chain = ChainVerifier.chain(previous, leaf);
                    LedgerStore.bindEntry(entry, seq, content, leaf, chain, naming);
                    entry.addBatch();
                    person.setLong(1, seq);
                    person.setLong(2, BenchEntries.personOf(seq));
                    person.addBatch();
                    frontier.add(leaf);
                    previous = chain;
                    long written = seq + 1 - from;
                    if (written % BATCH == 0 || seq + 1 == size) {
                        entry.executeBatch();
                        person.executeBatch();
                    }
                    if (written % COMMIT_EVERY == 0) {
                        c.commit();
                        naming.committed();
                        progress.update((double) written / (size - from), written + " of " + (size - from)
                                + " entries written");
                    }
                }
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE ledger_head SET size = ?, chain_hash = ?, updated_at = ? WHERE id = 1")) {
                    update.setLong(1, size);
                    update.setString(2, HEX.formatHex(previous));
                    update.setTimestamp(3, Timestamp.from(time));
                    update.executeUpdate();
                }
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fill the bench ledger: " + e.getMessage(), e);
        }
        database.flushToDisk();
        return frontier.root();
    }
}
