package com.custodia.ui.consent;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The texts of the consent screens ({@code i18n/consent.properties}): plain keys, patterns, enum
 * names in words and times in the workstation's zone.
 */
public final class ConsentText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ResourceBundle bundle;
    private final ZoneId zone;

    public ConsentText(ResourceBundle bundle, Clock clock) {
        this.bundle = bundle;
        this.zone = clock.getZone();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /** An enum value in words: the bundle's {@code prefix.NAME}, or the name in lower case. */
    public String words(String prefix, String name) {
        if (name == null) {
            return "";
        }
        try {
            return bundle.getString(prefix + "." + name);
        } catch (MissingResourceException e) {
            return name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    public String list(Collection<String> values) {
        return values == null ? "" : values.stream().sorted().collect(Collectors.joining(", "));
    }
}
