package com.custodia.service.casefile;

import com.custodia.casefile.CaseFileReader;
import com.custodia.casefile.OpenedCase;
import com.custodia.casefile.ReviewNotes;
import com.custodia.casefile.ReviewNotesFile;
import com.custodia.domain.SecurityEventKind;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Brings a reviewer's notes back into the workspace and attaches them to the case. The case file is
 * opened and verified first (its signature, hashes and proofs): the notes are accepted only for a
 * case this workspace sealed, with a key registered here, and only when they were written about that
 * exact sealing (the manifest's SHA-256). A note imported again is kept once.
 */
public final class CaseReviewService {

    private final Database database;
    private final Supplier<Map<String, byte[]>> registeredKeys;
    private final String workspaceId;
    private final AccessGuard guard;
    private final SecurityLog log;
    private final Clock clock;

    /** @param registeredKeys the public keys registered in this workspace, by fingerprint */
    public CaseReviewService(Database database, Supplier<Map<String, byte[]>> registeredKeys, String workspaceId,
                             AccessGuard guard, SecurityLog log, Clock clock) {
        this.database = database;
        this.registeredKeys = registeredKeys;
        this.workspaceId = workspaceId;
        this.guard = guard;
        this.log = log;
        this.clock = clock;
    }

    /** A review note as attached to a case in the workspace. */
    public record AttachedNote(String caseKind, String caseId, String item, String decision, String note,
                               String reviewer, Instant reviewedAt, String importedBy, Instant importedAt) {
    }

    /** What an import did. */
    public record Imported(String caseKind, String caseId, int added, int alreadyThere) {
    }

    /**
     * @param caseFile    the sealed case file the notes are about
     * @param reviewFile  the notes (by default {@code FILE.custodia.review.json} beside it)
     * @throws IllegalArgumentException when the case is not one of this workspace's, or the notes are
     *                                  about another sealing
     * @throws com.custodia.casefile.CaseFileException when the case file is hostile or broken
     */
    public Imported importReview(Principal actor, Path caseFile, Path reviewFile) throws IOException {
        guard.require(actor, Permission.CASE_EXPORT, "import review notes");
        ReviewNotes notes = ReviewNotesFile.read(reviewFile).orElseThrow(() ->
                new IllegalArgumentException("There are no review notes at " + reviewFile + "."));
        String manifestSha;
        String kind;
        String id;
        try (OpenedCase opened = new CaseFileReader(null).open(caseFile, null)) {
            if (!workspaceId.equals(opened.seal().workspaceId())) {
                throw new IllegalArgumentException("The case file was sealed in another workspace ("
                        + opened.seal().workspaceId() + "); its notes belong there.");
            }
            if (!registeredKeys.get().containsKey(opened.seal().fingerprint())) {
                throw new IllegalArgumentException("The case file was sealed with a key this workspace never "
                        + "registered (" + opened.seal().fingerprint() + ").");
            }
            manifestSha = opened.manifestSha256();
            kind = opened.manifest().caseKind();
            id = opened.manifest().caseId();
        }
        if (!manifestSha.equalsIgnoreCase(notes.manifestSha256())) {
            throw new IllegalArgumentException("The review notes were written about another sealing of the case "
                    + "(manifest " + notes.manifestSha256() + "), not this file.");
        }
        Instant now = clock.instant();
        int[] counts = new int[2];
        database.fromConnection(c -> {
            for (ReviewNotes.Note note : notes.notes()) {
                Instant at = time(note.time());
                if (exists(c, manifestSha, note, at)) {
                    counts[1]++;
                    continue;
                }
                insert(c, kind, id, manifestSha, note, at, actor.username(), now);
                counts[0]++;
            }
            return null;
        });
        log.record(SecurityEventKind.CASE_REVIEW_IMPORTED, actor.username(), "case " + kind + " " + id + ": "
                + counts[0] + " review notes attached, " + counts[1] + " already there");
        return new Imported(kind, id, counts[0], counts[1]);
    }

    /** The notes attached to a case, oldest first. */
    public List<AttachedNote> notes(Principal actor, CaseKind kind, String caseId) {
        guard.require(actor, Permission.CASE_EXPORT, "read review notes");
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT case_kind, case_id, item, decision, note, reviewer, "
                    + "reviewed_at, imported_by, imported_at FROM case_review_note WHERE case_kind = ? AND case_id = ? "
                    + "ORDER BY reviewed_at, id")) {
                st.setString(1, kind.cliName());
                st.setString(2, caseId);
                List<AttachedNote> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AttachedNote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
                                rs.getTimestamp(9).toInstant()));
                    }
                }
                return out;
            }
        });
    }

    private static Instant time(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A review note has a time that is not an ISO-8601 instant: " + text);
        }
    }

    private static boolean exists(Connection c, String manifestSha, ReviewNotes.Note note, Instant at)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM case_review_note WHERE manifest_sha256 = ? "
                + "AND item = ? AND reviewer = ? AND reviewed_at = ?")) {
            st.setString(1, manifestSha);
            st.setString(2, note.item());
            st.setString(3, note.reviewer());
            st.setTimestamp(4, Timestamp.from(at));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static void insert(Connection c, String kind, String id, String manifestSha, ReviewNotes.Note note,
                               Instant at, String importedBy, Instant now) throws SQLException {
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        long nextId;
        try (PreparedStatement st = c.prepareStatement(postgres ? "SELECT nextval('case_review_note_seq')"
                : "SELECT NEXT VALUE FOR case_review_note_seq"); ResultSet rs = st.executeQuery()) {
            rs.next();
            nextId = rs.getLong(1);
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO case_review_note (id, case_kind, case_id, "
                + "manifest_sha256, item, decision, note, reviewer, reviewed_at, imported_by, imported_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, nextId);
            st.setString(2, kind);
            st.setString(3, id);
            st.setString(4, manifestSha);
            st.setString(5, limit(note.item(), 100));
            st.setString(6, note.decision().name());
            st.setString(7, limit(note.note(), 4000));
            st.setString(8, limit(note.reviewer(), 200));
            st.setTimestamp(9, Timestamp.from(at));
            st.setString(10, importedBy);
            st.setTimestamp(11, Timestamp.from(now));
            st.executeUpdate();
        }
    }

    private static String limit(String text, int max) {
        if (text.length() > max) {
            throw new IllegalArgumentException("A review note's " + (max == 4000 ? "text" : "item or reviewer")
                    + " is longer than " + max + " characters.");
        }
        return text;
    }
}
