package com.custodia.service.bench;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.ledger.EntryContent;
import com.custodia.ledger.EntryDraft;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.PersonExportService;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The entries the bench writes: shaped like a person export (the widest entry there is today),
 * each about one person, so appends, raw inserts and bulk-filled rows all carry the same bytes.
 */
final class BenchEntries {

    static final String RECIPIENT = "Bench Research Ltd";
    static final String ADDRESS = "1 Bench Street, Testville";
    static final String PURPOSE = "customer satisfaction study (bench)";

    private final Principal officer;
    private final List<String> roles;
    private final SplittableRandom random = new SplittableRandom(20_260_201L);
    private final byte[] payload = new byte[32];

    BenchEntries(Principal officer) {
        this.officer = officer;
        this.roles = officer.roles().stream().map(Enum::name).sorted().toList();
    }

    /**
     * Persons rise slowly with the entry number, so bulk-filled person rows arrive in index order
     * (as consecutive exports of nearby records do), not scattered over the whole index.
     */
    static long personOf(long i) {
        return 1 + i / 100;
    }

    /** A hash-sized hex value that differs per entry, standing in for the file's SHA-256. */
    String payloadSha256() {
        for (int i = 0; i < payload.length; i += 8) {
            long bits = random.nextLong();
            for (int b = 0; b < 8; b++) {
                payload[i + b] = (byte) (bits >>> (8 * b));
            }
        }
        return HexFormat.of().formatHex(payload);
    }

    EntryDraft draft(long i) {
        return new EntryDraft(officer.username(), Set.copyOf(roles), RecipientKind.THIRD_PARTY, RECIPIENT, ADDRESS,
                LegalBasis.CONSENT, "consent-" + i, Set.of(personOf(i)), PersonExportService.CATEGORIES,
                PersonExportService.COLUMNS, PURPOSE, "file", payloadSha256(), null, null);
    }

    EntryContent content(long i, Instant time) {
        return new EntryContent(time, officer.username(), roles, RecipientKind.THIRD_PARTY, RECIPIENT, ADDRESS,
                LegalBasis.CONSENT, "consent-" + i, 1, EntryContent.personsDigest(List.of(personOf(i))),
                PersonExportService.CATEGORIES, PersonExportService.COLUMNS, PURPOSE, "file", payloadSha256(), null, null);
    }
}
