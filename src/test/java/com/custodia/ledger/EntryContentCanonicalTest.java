package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The direct canonical writer gives exactly the bytes of the generic canonical encoding, for
 * every shape of entry: absent optional fields, characters that need escaping, non-ASCII text,
 * unsorted and repeated lists. A difference would change every leaf hash of existing ledgers.
 */
class EntryContentCanonicalTest {

    private static final String[] TEXT = {"", "Acme Research", "quote \" and \\ back", "line\nbreak\ttab\r",
        "control \u0001\u001f", "Zürich — 東京 😀", "comma, separated", "=1+2"};

    @Test
    void directWriterMatchesTheGenericEncodingForManyShapesOfEntry() {
        Random random = new Random(42);
        CanonicalBytes buffer = new CanonicalBytes();
        java.security.MessageDigest digest = Merkle.sha256();
        for (int i = 0; i < 2_000; i++) {
            EntryContent content = new EntryContent(
                    Instant.parse("2026-02-01T10:00:00Z").plusNanos(random.nextInt(1_000_000_000)),
                    pick(random), List.of("SALES_REPRESENTATIVE", "PRIVACY_OFFICER").subList(0, 1 + random.nextInt(2)),
                    RecipientKind.values()[random.nextInt(RecipientKind.values().length)], pick(random),
                    random.nextBoolean() ? null : pick(random),
                    LegalBasis.values()[random.nextInt(LegalBasis.values().length)],
                    random.nextBoolean() ? null : pick(random), random.nextInt(5_000),
                    EntryContent.personsDigest(List.of((long) i)), stored(tokens(random), random),
                    stored(tokens(random), random), pick(random),
                    pick(random), "ab".repeat(32), random.nextBoolean() ? null : pick(random),
                    random.nextBoolean() ? null : Instant.parse("2027-01-01T00:00:00.000001Z"));

            assertThat(new String(content.canonicalBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(Canonical.encode(content.canonicalMap()), StandardCharsets.UTF_8));
            // the leaf a verification recomputes, with a reader's own buffer and digest, is the same
            assertThat(content.leafHash(buffer, digest)).isEqualTo(content.leafHash());
        }
    }

    private static String pick(Random random) {
        return TEXT[random.nextInt(TEXT.length)];
    }

    /** Sometimes the list as a verification reads it back: sorted, distinct, carrying its JSON. */
    private static List<String> stored(List<String> tokens, Random random) {
        return random.nextBoolean() ? CanonicalList.of(tokens.stream().sorted().distinct().toList()) : tokens;
    }

    private static List<String> tokens(Random random) {
        List<String> out = new ArrayList<>();
        for (int n = random.nextInt(5); n > 0; n--) {
            out.add(List.of("email", "phone", "contact", "identity", "address").get(random.nextInt(5)));
        }
        return out;
    }
}
