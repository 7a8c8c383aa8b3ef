package com.custodia.ui.legal;

import com.custodia.domain.LegalOrderStatus;
import com.custodia.policy.DisclosureRules.OrderKind;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Turns service values into the words the legal-orders screen shows, from the feature's
 * resource bundle. Shared by the view models (messages, detail) and the view (table cells).
 */
final class LegalText {

    private final ResourceBundle bundle;

    LegalText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    String kind(OrderKind kind) {
        return kind == null ? "" : bundle.getString("kind." + kind.name());
    }

    String status(LegalOrderStatus status) {
        return bundle.getString("status." + status.name());
    }

    /** The deadline, with the days left while the order is still open (received or approved). */
    String deadline(LocalDate deadline, LegalOrderStatus status, LocalDate today) {
        if (status == LegalOrderStatus.REJECTED || status == LegalOrderStatus.DISCLOSED) {
            return deadline.toString();
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        return days >= 0 ? format("deadline.left", deadline.toString(), days)
                : format("deadline.overdue", deadline.toString(), -days);
    }

    /** UTC in ISO-8601 to the second, as the ledger and the security log show times. */
    String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A size people read, with the exact count of bytes for comparison with the file. */
    String size(long bytes) {
        if (bytes < 1024) {
            return format("size.bytes", bytes);
        }
        double kib = bytes / 1024.0;
        String shown = kib < 1024 ? String.format(Locale.ROOT, "%.1f KB", kib)
                : String.format(Locale.ROOT, "%.1f MB", kib / 1024);
        return format("size.scaled", shown, bytes);
    }
}
