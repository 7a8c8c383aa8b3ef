package com.custodia.ui.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.ResourceBundle;
import javafx.util.StringConverter;

/**
 * The words of the ledger screen, from its resource bundle: labels, messages and the names of
 * bases and recipient kinds. Shared by the view models (messages) and the view (cells, choices).
 */
final class LedgerText {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneOffset.UTC);

    private final ResourceBundle bundle;

    LedgerText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    String basis(LegalBasis basis) {
        return basis == null ? get("filter.basis.any") : get("basis." + basis.name());
    }

    String recipientKind(RecipientKind kind) {
        return kind == null ? "" : get("recipient." + kind.name());
    }

    /** UTC in ISO-8601 to the second, as in the security log and the command line. */
    String time(Instant instant) {
        return instant == null ? get("value.none")
                : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** UTC to the minute without the ISO letters, for a narrow table column headed "(UTC)"; the detail has the second. */
    String shortTime(Instant instant) {
        return instant == null ? get("value.none") : SHORT.format(instant);
    }

    String list(List<String> values) {
        return values.isEmpty() ? get("value.none") : String.join(", ", values);
    }

    String orNone(String value) {
        return value == null || value.isBlank() ? get("value.none") : value;
    }

    /** Shows an enumeration value in words in a choice box; choices are never typed, so no parsing. */
    <E extends Enum<E>> StringConverter<E> converter(java.util.function.Function<E, String> words) {
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
