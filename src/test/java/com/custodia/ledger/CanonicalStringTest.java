package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact bytes of canonical strings: what every leaf hash of every ledger depends on. */
class CanonicalStringTest {

    @Test
    void stringsAreEscapedMinimallyWhereverTheEscapeFalls() {
        assertThat(encoded("plain text")).isEqualTo("{\"k\":\"plain text\"}");
        assertThat(encoded("")).isEqualTo("{\"k\":\"\"}");
        assertThat(encoded("\"at the start")).isEqualTo("{\"k\":\"\\\"at the start\"}");
        assertThat(encoded("in the \\ middle")).isEqualTo("{\"k\":\"in the \\\\ middle\"}");
        assertThat(encoded("at the end\n")).isEqualTo("{\"k\":\"at the end\\n\"}");
        assertThat(encoded("\b\f\r\t\u0001\u001f")).isEqualTo("{\"k\":\"\\b\\f\\r\\t\\u0001\\u001f\"}");
        assertThat(encoded("Zürich 東京 😀 / \u007f")).isEqualTo("{\"k\":\"Zürich 東京 😀 / \u007f\"}");
    }

    @Test
    void listsAndKeysUseTheSameStrings() {
        byte[] bytes = Canonical.encode(Map.of("b", List.of("x\"", "y"), "a\t", 1L));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"a\\t\":1,\"b\":[\"x\\\"\",\"y\"]}");
    }

    @Test
    void instantsAreWrittenAsInstantToStringWritesThem() {
        java.util.Random random = new java.util.Random(42);
        List<java.time.Instant> instants = new java.util.ArrayList<>(List.of(java.time.Instant.EPOCH,
                java.time.Instant.parse("0000-01-01T00:00:00Z"), java.time.Instant.parse("9999-12-31T23:59:59.999999999Z"),
                java.time.Instant.parse("1969-12-31T23:59:59.5Z"), java.time.Instant.parse("2024-02-29T12:00:00.000001Z"),
                java.time.Instant.parse("-0001-06-01T00:00:00Z"), java.time.Instant.parse("+10000-01-01T00:00:00.010Z")));
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(-62_167_219_200L, 253_402_300_800L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(java.time.Instant.ofEpochSecond(seconds, nano));
        }
        CanonicalBytes out = new CanonicalBytes();
        for (java.time.Instant instant : instants) {
            out.reset().instant(instant);
            assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo('"' + instant.toString() + '"');
        }
    }

    @Test
    void aStoredListCarriesTheJsonItsItemsWouldBeWrittenAs() {
        List<String> ascending = List.of("address", "email", "line\nbreak", "quote\"");
        List<String> known = CanonicalList.of(ascending);
        assertThat(known).isInstanceOf(CanonicalList.class).isEqualTo(ascending);
        String viaList = new String(new CanonicalBytes().strings(known).toByteArray(), StandardCharsets.UTF_8);
        String viaItems = new String(new CanonicalBytes().strings(ascending).toByteArray(), StandardCharsets.UTF_8);
        assertThat(viaList).isEqualTo(viaItems)
                .isEqualTo("[\"address\",\"email\",\"line\\nbreak\",\"quote\\\"\"]")
                .isEqualTo(encoded(ascending).substring(5, encoded(ascending).length() - 1));
        // a list out of order, or with a repeat, is not one an entry keeps: it stays a plain list,
        // and the entry sorts it as it would any other
        assertThat(CanonicalList.of(List.of("b", "a"))).isNotInstanceOf(CanonicalList.class);
        assertThat(CanonicalList.of(List.of("a", "a"))).isNotInstanceOf(CanonicalList.class);
    }

    @Test
    void theByteWriterWritesEveryStringAsTheGenericEncodingDoes() {
        List<String> shapes = new java.util.ArrayList<>(List.of("", "plain", "\"", "\\", "a\u0000b", "\u001f", "\u007f",
                "Zürich", "\u00ff\u00e9", "Łódź", "\u0141\u0122", "東京", "😀", "\u2028\u2029", "\ufeff", "\ud800 lone",
                "lone \udc00", "mixed \"Łódź\"\n", "x".repeat(70_000)));
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                sb.append((char) switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> random.nextInt(0x100);
                    case 2 -> random.nextInt(0x800);
                    default -> random.nextInt(0x10000);
                });
            }
            shapes.add(sb.toString());
        }
        CanonicalBytes out = new CanonicalBytes();
        for (String s : shapes) {
            byte[] written = out.reset().string(s).toByteArray();
            byte[] generic = Canonical.encode(Map.of("k", s));
            assertThat(written).isEqualTo(java.util.Arrays.copyOfRange(generic, 5, generic.length - 1));
        }
        // one buffer for many strings: each write goes after the last, and a reset starts again
        out.reset().string("a").string("Ł").number(42).number(-7).number(Long.MIN_VALUE).hex(new byte[] {0, -1, 16});
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("\"a\"\"Ł\"42-7" + Long.MIN_VALUE + "\"00ff10\"");
    }

    private static String encoded(Object value) {
        return new String(Canonical.encode(Map.of("k", value)), StandardCharsets.UTF_8);
    }
}
