package com.custodia.service.partners;

import com.custodia.domain.License;
import com.custodia.domain.LicenseField;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values of the granted license fields, and nothing else of the license or its owner. Every
 * value is a string or an integer, so the canonical JSON of an answer has no absent values: a
 * license without an end says {@code never}, one without upgrade eligibility says {@code none}.
 */
final class LicenseValues {

    private LicenseValues() {
    }

    /** The fields in the order of {@link LicenseField}. */
    static List<LicenseField> ordered(Set<LicenseField> fields) {
        return fields.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(fields));
    }

    static List<String> names(Set<LicenseField> fields) {
        return ordered(fields).stream().map(LicenseField::fieldName).toList();
    }

    /** Field name → value, in the order of {@link LicenseField}. */
    static Map<String, Object> of(License l, Set<LicenseField> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (LicenseField f : ordered(fields)) {
            out.put(f.fieldName(), value(l, f));
        }
        return out;
    }

    static Object value(License l, LicenseField f) {
        return switch (f) {
            case LICENSE_KEY -> l.getLicenseKey();
            case PRODUCT -> l.getProduct();
            case EDITION -> l.getEdition();
            case SEATS -> l.getSeats();
            case STATUS -> l.getStatus().name().toLowerCase(Locale.ROOT);
            case EXPIRY -> l.getExpiresOn() == null ? "never" : l.getExpiresOn().toString();
            case UPGRADE_ELIGIBILITY -> l.getUpgradeUntil() == null ? "none" : l.getUpgradeUntil().toString();
        };
    }
}
