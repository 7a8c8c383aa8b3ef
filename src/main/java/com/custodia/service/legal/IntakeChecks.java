package com.custodia.service.legal;

import com.custodia.domain.LegalOrder;
import com.custodia.domain.LegalOrderKind;
import com.custodia.service.disclosure.DisclosureGate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks a {@link LegalOrderDraft} field by field and reads its copy. Every problem is named in a
 * sentence that starts with the field, and all of them are reported at once, so the operator
 * fixes the form in one go instead of one refusal at a time.
 */
final class IntakeChecks {

    /** The largest copy accepted: a scanned order of many pages fits; a video of the hearing does not. */
    static final long MAX_COPY_BYTES = 20L * 1024 * 1024;

    static final int MAX_AUTHORITY_NAME = 300;
    static final int MAX_AUTHORITY_ADDRESS = 500;
    static final int MAX_REFERENCE = 200;
    static final int MAX_FILE_NAME = 255;

    /** A validated draft with its copy read: ready to store. */
    record Checked(LegalOrder.Demand demand, byte[] copy) {
    }

    private IntakeChecks() {
    }

    /**
     * @param existing returns which of the given person ids exist
     * @throws IllegalArgumentException naming every field that is wrong
     */
    static Checked check(LegalOrderDraft d, Instant now, Function<Set<Long>, Set<Long>> existing) {
        List<String> problems = new ArrayList<>();
        if (d.kind() == null) {
            problems.add("Kind of order is required: subpoena, judicial order, enforcement of an agreement "
                    + "or protection of intellectual property.");
        }
        String name = text(d.authorityName(), "Authority name", MAX_AUTHORITY_NAME, problems);
        String address = text(d.authorityAddress(), "Authority address", MAX_AUTHORITY_ADDRESS, problems);
        String reference = text(d.reference(), "Reference number", MAX_REFERENCE, problems);
        persons(d.personIds(), existing, problems);
        categories(d.categories(), problems);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (d.deadline() == null) {
            problems.add("Deadline is required.");
        } else if (d.deadline().isBefore(today)) {
            problems.add("Deadline " + d.deadline() + " has already passed.");
        }
        if (d.nonNotificationUntil() != null && !d.nonNotificationUntil().isAfter(now)) {
            problems.add("Non-notification until must lie in the future.");
        }
        Path copy = copyFile(d.copy(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        byte[] bytes = read(copy);
        LegalOrder.Demand demand = new LegalOrder.Demand(LegalOrderKind.valueOf(d.kind().name()), name, address,
                reference, d.personIds(), d.categories(), d.deadline(), d.nonNotificationUntil(),
                copy.getFileName().toString(), bytes.length, DisclosureGate.sha256(bytes));
        return new Checked(demand, bytes);
    }

    private static String text(String value, String field, int max, List<String> problems) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            problems.add(field + " is required.");
        } else if (stripped.length() > max) {
            problems.add(field + " is longer than " + max + " characters.");
        }
        return stripped;
    }

    private static void persons(Set<Long> ids, Function<Set<Long>, Set<Long>> existing, List<String> problems) {
        if (ids.isEmpty()) {
            problems.add("Persons in scope: name at least one person id.");
            return;
        }
        Set<Long> missing = new TreeSet<>(ids);
        missing.removeAll(existing.apply(ids));
        if (missing.size() == 1) {
            problems.add("Persons in scope: there is no person with id " + missing.iterator().next() + ".");
        } else if (!missing.isEmpty()) {
            problems.add("Persons in scope: there are no persons with ids " + abbreviate(missing) + ".");
        }
    }

    private static void categories(Set<String> categories, List<String> problems) {
        if (categories.isEmpty()) {
            problems.add("Data categories: choose at least one of " + String.join(", ", PersonFields.CATEGORIES) + ".");
            return;
        }
        Set<String> unknown = new TreeSet<>();
        categories.stream().filter(c -> !PersonFields.isCategory(c)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            problems.add("Data categories: " + String.join(", ", unknown) + " " + (unknown.size() == 1 ? "is" : "are")
                    + " not among " + String.join(", ", PersonFields.CATEGORIES) + ".");
        }
    }

    private static Path copyFile(Path copy, List<String> problems) {
        if (copy == null) {
            problems.add("Copy of the order is required: attach the file the authority served.");
            return null;
        }
        if (!Files.isRegularFile(copy)) {
            problems.add("Copy of the order: " + copy.getFileName() + " is not a file that can be read.");
            return null;
        }
        if (copy.getFileName().toString().length() > MAX_FILE_NAME) {
            problems.add("Copy of the order: the file name is longer than " + MAX_FILE_NAME + " characters.");
        }
        try {
            long size = Files.size(copy);
            if (size == 0) {
                problems.add("Copy of the order: " + copy.getFileName() + " is empty.");
            } else if (size > MAX_COPY_BYTES) {
                problems.add(tooLarge(size));
            }
        } catch (IOException e) {
            problems.add("Copy of the order: " + copy.getFileName() + " could not be read: " + e.getMessage());
        }
        return copy;
    }

    /** Reads at most one byte past the limit, so a file that grew after the check is still refused. */
    private static byte[] read(Path copy) {
        try (InputStream in = Files.newInputStream(copy)) {
            byte[] bytes = in.readNBytes((int) MAX_COPY_BYTES + 1);
            if (bytes.length > MAX_COPY_BYTES) {
                throw new IllegalArgumentException(tooLarge(bytes.length));
            }
            if (bytes.length == 0) {
                throw new IllegalArgumentException("Copy of the order: " + copy.getFileName() + " is empty.");
            }
            return bytes;
        } catch (IOException e) {
            throw new IllegalArgumentException("Copy of the order: " + copy.getFileName() + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    private static String tooLarge(long size) {
        // rounded up, so a file just over the limit never reads as "20.0 MB; the limit is 20 MB"
        double megabytes = Math.ceil(size * 10.0 / (1024 * 1024)) / 10;
        return String.format(Locale.ROOT, "Copy of the order: the file is %.1f MB; the limit is %d MB.",
                megabytes, MAX_COPY_BYTES / (1024 * 1024));
    }

    private static String abbreviate(Set<Long> ids) {
        List<Long> list = new ArrayList<>(ids);
        String shown = String.join(", ", list.subList(0, Math.min(5, list.size())).stream().map(String::valueOf).toList());
        return list.size() <= 5 ? shown : shown + " and " + (list.size() - 5) + " more";
    }
}
