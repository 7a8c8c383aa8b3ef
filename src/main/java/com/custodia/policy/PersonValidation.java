package com.custodia.policy;

import com.custodia.domain.PersonField;
import com.custodia.domain.PersonKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person's profile must satisfy before it is stored, as pure functions: {@link #tidy}
 * settles the form of what was typed and {@link #check} names every problem at once, each with
 * its field, so the operator fixes the form in one go.
 *
 * <p>Text is kept exactly as typed: no Unicode normalisation, nothing removed inside a value, so
 * emoji, right-to-left text, combining and zero-width characters come back as they went in. Only
 * leading and trailing white space of one-line fields is removed (decision 0014). Lengths count
 * UTF-16 units, because H2 counts those for VARCHAR(n) while PostgreSQL counts code points: a
 * value that passes here fits the column on either engine.
 */
public final class PersonValidation {

    /** A problem with one field, in a sentence that starts with the field's label. */
    public record Problem(PersonField field, String message) {
    }

    private static final Map<PersonField, String> LABELS = new EnumMap<>(Map.ofEntries(
            Map.entry(PersonField.KIND, "Kind"),
            Map.entry(PersonField.FIRST_NAME, "First name"),
            Map.entry(PersonField.LAST_NAME, "Last name"),
            Map.entry(PersonField.COMPANY, "Company"),
            Map.entry(PersonField.EMAIL, "Email"),
            Map.entry(PersonField.PHONE, "Phone"),
            Map.entry(PersonField.STREET, "Street"),
            Map.entry(PersonField.CITY, "City"),
            Map.entry(PersonField.POSTAL_CODE, "Postal code"),
            Map.entry(PersonField.COUNTRY, "Country"),
            Map.entry(PersonField.LANGUAGE, "Language"),
            Map.entry(PersonField.STATUS, "Status"),
            Map.entry(PersonField.NOTES, "Notes")));

    private static final Set<String> COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));
    /** Characters RFC 5322 allows unquoted in the local part besides letters and digits. */
    private static final String LOCAL_SPECIALS = "!#$%&'*+-/=?^_`{|}~.";

    private PersonValidation() {
    }

    /** The field's name as operators read it ("Postal code"). */
    public static String label(PersonField field) {
        return LABELS.get(field);
    }

    /**
     * The form in which values are stored: one-line fields without leading or trailing white
     * space, notes as typed, an empty or blank value as absent (null), the country code in
     * capitals. Nothing inside a value changes.
     */
    public static Map<PersonField, String> tidy(Map<PersonField, String> values) {
        Map<PersonField, String> out = new EnumMap<>(PersonField.class);
        for (PersonField field : PersonField.values()) {
            String v = values.get(field);
            if (v == null || v.isBlank()) {
                out.put(field, null);
            } else if (field == PersonField.NOTES) {
                out.put(field, v);
            } else if (field == PersonField.COUNTRY) {
                out.put(field, v.strip().toUpperCase(Locale.ROOT));
            } else {
                out.put(field, v.strip());
            }
        }
        return out;
    }

    /** Every problem of the (tidied) values, in field order; empty when they may be stored. */
    public static List<Problem> check(Map<PersonField, String> values) {
        List<Problem> problems = new ArrayList<>();
        for (PersonField field : PersonField.values()) {
            String v = values.get(field);
            String problem = v == null ? missing(field) : problem(field, v);
            if (problem != null) {
                problems.add(new Problem(field, label(field) + " " + problem));
            }
        }
        return problems;
    }

    /** How many characters the database counts for the value: UTF-16 units (see the class comment). */
    public static int length(String value) {
        return value.length();
    }

    private static String missing(PersonField field) {
        return switch (field) {
            case KIND -> "is required: " + kinds() + ".";
            case LAST_NAME, STATUS -> "is required.";
            default -> null;
        };
    }

    private static String problem(PersonField field, String v) {
        String text = storable(v);
        if (text != null) {
            return text;
        }
        int length = length(v);
        if (length > field.maxLength()) {
            boolean astral = v.codePoints().anyMatch(Character::isSupplementaryCodePoint);
            return "is too long: " + length + " characters where at most " + field.maxLength() + " fit"
                    + (astral ? " (emoji and other characters outside the basic plane count as two)." : ".");
        }
        return switch (field) {
            case KIND -> isKind(v) ? null : "must be one of: " + kinds() + ".";
            case EMAIL -> emailProblem(v);
            case COUNTRY -> COUNTRIES.contains(v) ? null
                    : "must be a two-letter ISO 3166 country code such as DE, FR or US; \"" + v + "\" is none.";
            case LANGUAGE -> languageProblem(v);
            default -> null;
        };
    }

    /** Text both engines keep exactly: PostgreSQL refuses NUL, and a lone surrogate is no character at all. */
    private static String storable(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (U+0000), which cannot be stored; remove it.";
            }
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a broken character (half of a UTF-16 pair) at position " + (i + 1)
                        + ", which is not Unicode text.";
            }
        }
        return null;
    }

    private static boolean isKind(String v) {
        return Arrays.stream(PersonKind.values()).anyMatch(k -> k.name().equals(v));
    }

    private static String kinds() {
        return Arrays.stream(PersonKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    private static String languageProblem(String v) {
        try {
            new Locale.Builder().setLanguageTag(v);
            return null;
        } catch (IllformedLocaleException e) {
            return "must be a language tag such as en, de or pt-BR; \"" + v + "\" is none.";
        }
    }

    /**
     * An address as mail systems accept it: one {@code @}, a local part of letters, digits and
     * RFC 5322's specials (any non-ASCII letter too, as RFC 6531 allows), and a domain of at least
     * two labels. Quoted local parts and address literals are refused: nobody types them into a
     * customer record, and a typo is likelier.
     */
    static String emailProblem(String v) {
        String example = "must be one address like name@example.com";
        int at = v.indexOf('@');
        if (at < 0) {
            return example + "; it has no @.";
        }
        if (v.indexOf('@', at + 1) >= 0) {
            return example + "; it has more than one @.";
        }
        if (v.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
            return example + "; it contains a space or a control character.";
        }
        String local = v.substring(0, at);
        String domain = v.substring(at + 1);
        if (local.isEmpty()) {
            return example + "; the part before the @ is empty.";
        }
        if (length(local) > 64) {
            return example + "; the part before the @ is longer than 64 characters.";
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return example + "; the part before the @ has a misplaced dot.";
        }
        if (!local.codePoints().allMatch(c -> c > 127 || Character.isLetterOrDigit(c) || LOCAL_SPECIALS.indexOf(c) >= 0)) {
            return example + "; the part before the @ contains a character addresses cannot hold.";
        }
        return domainProblem(domain, example);
    }

    private static String domainProblem(String domain, String example) {
        if (domain.isEmpty()) {
            return example + "; the domain after the @ is missing.";
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return example + "; the domain \"" + domain + "\" has no dot.";
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")
                    || !label.codePoints().allMatch(c -> c == '-' || Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK)) {
                return example + "; the domain \"" + domain + "\" is not a valid domain name.";
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return example + "; the domain \"" + domain + "\" ends in a number.";
        }
        return null;
    }
}
