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

    private static String encoded(String value) {
        return new String(Canonical.encode(Map.of("k", value)), StandardCharsets.UTF_8);
    }
}
