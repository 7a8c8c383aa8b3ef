package com.custodia.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A reviewer's notes on one sealed case, kept in a separate file beside it
 * ({@code FILE.custodia.review.json}) so the case file is never touched. {@code manifestSha256}
 * ties the notes to exactly the sealing they were written about.
 *
 * @param notes one per item: {@code case}, {@code ledger:SEQ} or a payload entry's name
 */
public record ReviewNotes(String format, String caseKind, String caseId, String workspaceId, String manifestSha256,
                          List<Note> notes) {

    public static final String FORMAT = "custodia-review/1";

    public ReviewNotes {
        Objects.requireNonNull(manifestSha256, "manifestSha256");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** What the reviewer decided about an item. */
    public enum Decision {
        ACCEPTED, QUESTIONED, REJECTED, NOTED;

        public static Decision parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown decision '" + text
                        + "'; use accepted, questioned, rejected or noted.");
            }
        }
    }

    /** One note: the item, the decision, the text, who wrote it and when (ISO-8601 UTC). */
    public record Note(String item, Decision decision, String note, String reviewer, String time) {
        public Note {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(reviewer, "reviewer");
            Objects.requireNonNull(time, "time");
            note = note == null ? "" : note;
        }
    }

    public static ReviewNotes empty(OpenedCase opened) {
        Manifest m = opened.manifest();
        return new ReviewNotes(FORMAT, m.caseKind(), m.caseId(), m.workspaceId(), opened.manifestSha256(), List.of());
    }

    /** These notes with {@code note} replacing any earlier note of the same reviewer on the same item. */
    public ReviewNotes with(Note note) {
        List<Note> all = new ArrayList<>(notes);
        all.removeIf(n -> n.item().equals(note.item()) && n.reviewer().equals(note.reviewer()));
        all.add(note);
        return new ReviewNotes(format, caseKind, caseId, workspaceId, manifestSha256, all);
    }
}
