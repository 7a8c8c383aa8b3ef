package com.custodia.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical JSON for hashing: an object with keys in code-point order, no insignificant white
 * space, strings escaped minimally (as in RFC 8785 for the value types used here: strings,
 * integers, booleans, arrays of those, nested objects). Absent values are left out, never
 * written as null. Anyone can rebuild the bytes from an entry's JSON and check its hash.
 */
public final class Canonical {

    private Canonical() {
    }

    public static byte[] encode(Map<String, ?> object) {
        StringBuilder sb = new StringBuilder(256);
        writeObject(sb, object);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeObject(StringBuilder sb, Map<String, ?> object) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> e : new TreeMap<>(object).entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            writeString(sb, e.getKey());
            sb.append(':');
            writeValue(sb, e.getValue());
        }
        sb.append('}');
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(StringBuilder sb, Object value) {
        if (value instanceof String s) {
            writeString(sb, s);
        } else if (value instanceof Long || value instanceof Integer) {
            sb.append(value);
        } else if (value instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (value instanceof Collection<?> list) {
            sb.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                writeValue(sb, item);
            }
            sb.append(']');
        } else if (value instanceof Map<?, ?> map) {
            writeObject(sb, (Map<String, ?>) map);
        } else {
            throw new IllegalArgumentException("not a canonical value: " + value.getClass().getName());
        }
    }

    static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        int plain = plainPrefix(s);
        if (plain == s.length()) {
            // the common case, and a verification encodes millions of these: copy it whole
            sb.append(s).append('"');
            return;
        }
        sb.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** How many characters at the start of {@code s} need no escape. */
    private static int plainPrefix(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return i;
            }
        }
        return s.length();
    }
}
