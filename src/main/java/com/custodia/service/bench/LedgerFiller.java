package com.custodia.service.bench;

import com.custodia.domain.Progress;
import com.custodia.ledger.AnchorFiles;
import com.custodia.ledger.ChainVerifier;
import com.custodia.ledger.Checkpoint;
import com.custodia.ledger.CheckpointRows;
import com.custodia.ledger.EntryContent;
import com.custodia.ledger.LedgerStore;
import com.custodia.ledger.LedgerTexts;
import com.custodia.ledger.MerkleFrontier;
import com.custodia.ledger.SigningKey;
import com.custodia.persistence.Database;
import com.custodia.service.ledger.LedgerService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Grows the bench's ledger to a million entries in seconds instead of the minutes that a million
 * durable appends take: correctly hashed and chained rows in JDBC batches, then the head row set
 * to match. The append-only triggers refuse UPDATE and DELETE of entries, not INSERT, and the head
 * row is not protected, so this works only because nobody else writes to the bench's workspace.
 * The rows are built with the ledger's own {@link EntryContent} and {@link ChainVerifier#chain},
 * so verifying them is verifying real entries. Like appends, the filler signs a checkpoint every
 * {@value LedgerService#CHECKPOINT_EVERY} entries with the workspace's own key, into the database
 * and as an anchor file, so a verification checks as many signatures as it would in a ledger
 * grown by real disclosures (ten thousand per million entries).
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
    /** What the filler signs its checkpoints with: the workspace's key, and where its anchor files go. */
    record Signing(SigningKey key, String workspaceId, Path anchors) {
    }

    static byte[] fillTo(Database database, LedgerStore store, BenchEntries entries, long size, Instant start,
                         Signing signing, Progress progress) {
        ChainVerifier.Head head = store.head();
        MerkleFrontier frontier = new MerkleFrontier();
        store.leafHashes(head.size()).forEach(frontier::add);
        byte[] previous = head.chainHash();
        long from = head.size();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement entry = c.prepareStatement(LedgerStore.INSERT_ENTRY);
                 PreparedStatement person = c.prepareStatement(
                         "INSERT INTO ledger_entry_person (seq, person_id) VALUES (?, ?)");
                 PreparedStatement checkpoint = c.prepareStatement("INSERT INTO ledger_checkpoint (id, "
                         + CheckpointRows.COLUMNS + ") VALUES (NEXT VALUE FOR ledger_checkpoint_seq, ?, ?, ?, ?, ?)")) {
                List<Checkpoint> signed = new ArrayList<>();
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
                    if ((seq + 1) % LedgerService.CHECKPOINT_EVERY == 0) {
                        Checkpoint cp = signing.key().sign(signing.workspaceId(), seq + 1, frontier.root(), time);
                        CheckpointRows.bind(checkpoint, 1, cp);
                        checkpoint.addBatch();
                        signed.add(cp);
                    }
                    long written = seq + 1 - from;
                    if (written % BATCH == 0 || seq + 1 == size) {
                        entry.executeBatch();
                        person.executeBatch();
                        checkpoint.executeBatch();
                    }
                    if (written % COMMIT_EVERY == 0) {
                        c.commit();
                        naming.committed();
                        writeAnchors(signing.anchors(), signed);
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
                writeAnchors(signing.anchors(), signed);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fill the bench ledger: " + e.getMessage(), e);
        }
        database.flushToDisk();
        return frontier.root();
    }

    /** The anchor files of the checkpoints just committed, as the ledger writes one per checkpoint. */
    private static void writeAnchors(Path anchors, List<Checkpoint> signed) {
        try {
            for (Checkpoint cp : signed) {
                AnchorFiles.write(anchors, cp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the bench ledger's anchor files: " + e.getMessage(), e);
        }
        signed.clear();
    }
}
