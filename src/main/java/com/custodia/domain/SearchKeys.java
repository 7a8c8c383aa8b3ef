package com.custodia.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised forms that search-as-you-type compares: stored beside each person's fields by
 * every writer (import, editing, merge, demo) and applied to what the operator types, so that
 * "muller" finds "Müller" and "+49 30 1234" finds "030/1234…" by digits. Pure functions.
 */
public final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]+");

    private SearchKeys() {
    }

    /** Names, companies and emails: accents and invisible characters dropped, lower case, single spaces. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String s = Normalizer.normalize(value, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }

    /** Phone numbers compare by their digits only. */
    public static String phone(String value) {
        if (value == null) {
            return null;
        }
        String digits = NOT_DIGIT.matcher(value).replaceAll("");
        return digits.isEmpty() ? null : digits;
    }

    /** License keys compare by letters and digits, upper case, without dashes or spaces. */
    public static String licenseKey(String value) {
        if (value == null) {
            return null;
        }
        String s = NOT_ALNUM.matcher(value.toUpperCase(Locale.ROOT)).replaceAll("");
        return s.isEmpty() ? null : s;
    }

    /**
     * The smallest string greater than every string that starts with {@code prefix}, so a prefix
     * search is the index range {@code key >= prefix AND key < upperBound(prefix)}.
     */
    public static String upperBound(String prefix) {
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("empty prefix");
        }
        int last = prefix.length() - 1;
        char c = prefix.charAt(last);
        if (c == Character.MAX_VALUE) {
            return upperBound(prefix.substring(0, last)) ;
        }
        return prefix.substring(0, last) + (char) (c + 1);
    }
}
