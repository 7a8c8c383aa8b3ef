package com.custodia.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Reads and writes the review notes beside a case file. Only this file is written next to the case;
 * the case file itself is never opened for writing.
 */
public final class ReviewNotesFile {

    private ReviewNotesFile() {
    }

    /** {@code FILE.custodia.review.json} for {@code FILE.custodia}. */
    public static Path beside(Path caseFile) {
        return caseFile.resolveSibling(caseFile.getFileName() + CaseFileNames.REVIEW_SUFFIX);
    }

    public static Optional<ReviewNotes> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (Files.size(file) > CaseJson.MAX_DOCUMENT) {
            throw new IOException("The review notes " + file.getFileName() + " are larger than review notes ever are.");
        }
        ReviewNotes notes = CaseJson.MAPPER.readValue(Files.readAllBytes(file), ReviewNotes.class);
        if (!ReviewNotes.FORMAT.equals(notes.format())) {
            throw new IOException("The review notes are of format \"" + notes.format() + "\", not " + ReviewNotes.FORMAT);
        }
        return Optional.of(notes);
    }

    public static void write(Path file, ReviewNotes notes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(folder, ".review-", ".part");
        try {
            Files.write(tmp, CaseJson.MAPPER.writeValueAsBytes(notes));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
