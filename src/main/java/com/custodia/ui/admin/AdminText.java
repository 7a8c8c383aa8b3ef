package com.custodia.ui.admin;

import com.custodia.domain.Role;
import com.custodia.domain.SecurityEventKind;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns service values into the words the administration screen shows, from the feature's
 * resource bundle. Shared by the view models (messages) and the view (table cells).
 */
final class AdminText {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final ResourceBundle bundle;

    AdminText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    String role(Role role) {
        return bundle.getString("role." + role.name());
    }

    /** Roles in the order of {@link Role}, so the same set always reads the same. */
    String roles(Set<Role> roles) {
        return Arrays.stream(Role.values()).filter(roles::contains).map(this::role)
                .collect(Collectors.joining(", "));
    }

    /** A security event's kind in words; the bundle names every kind (a test checks). */
    String event(SecurityEventKind kind) {
        return bundle.getString("event." + kind.name());
    }

    String yesNo(boolean value) {
        return bundle.getString(value ? "value.yes" : "value.no");
    }

    /**
     * UTC to the second, as administrators compare it with other logs; the column headers say
     * UTC. Without ISO's "T" and "Z" it fits the column (the ISO form was cut at the minutes).
     */
    String time(Instant instant) {
        return instant == null ? bundle.getString("value.never") : SECOND.format(instant);
    }

    /** A file's size as people read it: bytes, kB, MB or GB (powers of 1,000), one decimal above bytes. */
    String size(long bytes) {
        if (bytes < 1_000) {
            return format("size.bytes", bytes);
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes / 1_000.0;
        int unit = 0;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1_000;
            unit++;
        }
        return format("size.unit", value, units[unit]);
    }
}
