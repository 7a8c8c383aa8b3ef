package com.custodia.ui.admin;

import com.custodia.domain.Role;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns service values into the words the administration screen shows, from the feature's
 * resource bundle. Shared by the view models (messages) and the view (table cells).
 */
final class AdminText {

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

    String yesNo(boolean value) {
        return bundle.getString(value ? "value.yes" : "value.no");
    }

    /** UTC in ISO-8601 to the second: what administrators compare with other logs. */
    String time(Instant instant) {
        return instant == null ? bundle.getString("value.never")
                : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
