package com.custodia.ui.partners;

import com.custodia.domain.GrantScope;
import com.custodia.domain.LicenseField;
import com.custodia.service.partners.GrantView;
import com.custodia.service.partners.PartnerView;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns partner-service values into the words the Partners screen shows, from the feature's
 * resource bundle. Shared by the view models (messages, detail) and the view (table cells).
 */
final class PartnersText {

    private final ResourceBundle bundle;

    PartnersText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /** The enum's text under {@code prefix.NAME}. */
    String named(String prefix, Enum<?> value) {
        return value == null ? "" : bundle.getString(prefix + "." + value.name());
    }

    /**
     * Where a partner stands, short enough for a table cell: "Lapsed since 2026-01-31, renew",
     * "Agreement v1 older than current v2", "Renew by 2026-04-02" …
     */
    String standing(PartnerView p, int currentAgreement) {
        return switch (p.state()) {
            case EXPIRING_SOON -> format("state.EXPIRING_SOON", p.renewBy() == null ? p.registeredUntil() : p.renewBy());
            case NOT_YET_REGISTERED -> format("state.NOT_YET_REGISTERED", p.registeredFrom());
            case LAPSED -> format("state.LAPSED", p.registeredUntil());
            case STALE_AGREEMENT -> format("state.STALE_AGREEMENT", p.agreementVersion(), currentAgreement);
            default -> get("state." + p.state().name());
        };
    }

    String scope(GrantView g) {
        return switch (g.scope()) {
            case CUSTOMERS -> format("scope.CUSTOMERS", String.join(", ",
                    new TreeSet<>(g.personIds()).stream().map(String::valueOf).toList()));
            case PRODUCTS -> format("scope.PRODUCTS", String.join(", ", new TreeSet<>(g.products())));
            case RESOLD -> get("scope.RESOLD");
        };
    }

    String scopeKind(GrantScope scope) {
        return named("scopeKind", scope);
    }

    /** Fields in the order of {@link LicenseField}. */
    String fields(Collection<LicenseField> fields) {
        return fields.stream().sorted().map(f -> named("field", f)).collect(Collectors.joining(", "));
    }

    /** A field name as the services write it (license_key …) in the screen's words. */
    String fieldName(String name) {
        try {
            return named("field", LicenseField.parse(name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** Field names as the ledger lists them, in the screen's words and the order of {@link LicenseField}. */
    String fieldNames(Collection<String> names) {
        return names.stream().sorted(java.util.Comparator.comparingInt(PartnersText::order))
                .map(this::fieldName).collect(Collectors.joining(", "));
    }

    private static int order(String name) {
        try {
            return LicenseField.parse(name).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    String validity(GrantView g) {
        return format("grant.validity", day(g.validFrom()), day(g.validUntil()));
    }

    /** A UTC day, as the rules count days. */
    String day(Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** A time in a sentence: to the second, and saying it is UTC ("2026-03-10 09:00:00 UTC"). */
    String time(Instant instant) {
        return instant == null ? "" : cellTime(instant) + " UTC";
    }

    /** A time in a column whose header says UTC ("2026-03-10 09:00:00"). */
    String cellTime(Instant instant) {
        return instant == null ? "" : SECOND.format(instant);
    }
}
