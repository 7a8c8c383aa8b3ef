package com.custodia.ui.people;

import com.custodia.domain.PersonField;
import com.custodia.domain.PersonKind;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * The words of the People screen, from its resource bundle: labels, messages, the names of kinds,
 * statuses and fields. Shared by the view models (messages, cells) and the views (choices).
 */
final class PeopleText {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final ResourceBundle bundle;

    PeopleText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /** The bundle's words for {@code prefix.NAME}, or the constant itself in lower case when the bundle has none. */
    String named(String prefix, Enum<?> value) {
        if (value == null) {
            return "";
        }
        try {
            return bundle.getString(prefix + "." + value.name());
        } catch (MissingResourceException e) {
            return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** What a table holds, in words ("customer_order" → "orders"). */
    String table(String table) {
        try {
            return bundle.getString("table." + table);
        } catch (MissingResourceException e) {
            return table.replace('_', ' ');
        }
    }

    String kind(PersonKind kind) {
        return kind == null ? get("filter.kind.any") : named("kind", kind);
    }

    String field(PersonField field) {
        return get("field." + field.name());
    }

    /** UTC to the minute: the columns say "(UTC)", as the ledger screen does. */
    String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    String orNone(String value) {
        return value == null || value.isBlank() ? get("value.none") : value;
    }

    String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    String list(Collection<String> values) {
        return values == null || values.isEmpty() ? get("value.none") : String.join(", ", values);
    }

    String yesNo(boolean value) {
        return get(value ? "value.yes" : "value.no");
    }

    /** "Ada Lovelace", or the last name alone. */
    static String name(String first, String last) {
        String f = first == null ? "" : first.strip();
        String l = last == null ? "" : last.strip();
        return (f + " " + l).strip();
    }

    /** Shows a choice in words; choices are picked, never typed, so there is no parsing. */
    static <E> StringConverter<E> converter(Function<E, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return words.apply(value);
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
