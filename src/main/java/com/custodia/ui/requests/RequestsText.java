package com.custodia.ui.requests;

import com.custodia.policy.RequestDeadlines;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ResourceBundle;

/** The Requests screen's words: the bundle, with times in UTC as the deadlines count them. */
final class RequestsText {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ResourceBundle bundle;

    RequestsText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /** The word for an enum constant, {@code prefix.NAME}. */
    String of(String prefix, Enum<?> value) {
        return value == null ? "" : bundle.getString(prefix + "." + value.name());
    }

    String time(Instant at) {
        return at == null ? "" : TIME.format(at.atOffset(ZoneOffset.UTC));
    }

    /** Parses "yyyy-MM-dd HH:mm" in UTC; null when blank. */
    Instant parseTime(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(format("error.time", field, value.strip()));
        }
    }

    /** "12 days left", "due today", "3 days overdue", "clock stopped", "answered". */
    String daysLeft(RequestDeadlines.Deadline d) {
        if (d.urgency() == RequestDeadlines.Urgency.ANSWERED) {
            return get("days.answered");
        }
        if (!d.clockRunning()) {
            return get("days.stopped");
        }
        if (d.daysLeft() < 0) {
            return format("days.overdue", -d.daysLeft());
        }
        return d.daysLeft() == 0 ? get("days.today") : format("days.left", d.daysLeft());
    }
}
