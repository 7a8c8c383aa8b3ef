package com.custodia.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule that keeps whole payment card numbers out of Custodia (promise P5). Whatever a user
 * or a file puts into a card field is either reduced to brand and last four digits or refused;
 * free text can be searched for numbers that look like a card so callers can refuse or redact
 * it before it is stored. A card number is a run of 12 to 19 digits, possibly grouped by single
 * spaces or dashes, whose Luhn check digit holds. Messages never repeat the digits they refuse.
 * Pure functions.
 */
public final class CardNumbers {

    /** What survives of a card number. */
    public record Reduced(String brand, String last4) {
    }

    /** One card-like number found in text: where it is and what may be kept of it. */
    public record Found(int start, int end, String brand, String last4) {
    }

    private static final int MIN_DIGITS = 12;
    private static final int MAX_DIGITS = 19;

    private CardNumbers() {
    }

    /**
     * Reduces what was typed into a card-number field. Accepted: a whole card number (spaces and
     * dashes allowed), which is reduced to brand and last four digits; the last four digits alone;
     * or a masked number whose only digits are the last four ("**** **** **** 4242").
     *
     * @throws IllegalArgumentException with a message that does not repeat the input
     */
    public static Reduced reduce(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("Card number: nothing was entered.");
        }
        String compact = typed.strip().replaceAll("[\\s-]", "");
        if (compact.matches("[0-9]{4}")) {
            return new Reduced(null, compact);
        }
        if (compact.matches("[0-9]+")) {
            if (compact.length() < MIN_DIGITS || compact.length() > MAX_DIGITS) {
                throw new IllegalArgumentException("Card number: enter the whole card number or only its last four "
                        + "digits (" + compact.length() + " digits were entered).");
            }
            if (!luhn(compact)) {
                throw new IllegalArgumentException("Card number: the check digit does not match, so this is not a "
                        + "valid card number. Only brand and last four digits are kept; enter the last four digits "
                        + "instead.");
            }
            return new Reduced(brandOf(compact), compact.substring(compact.length() - 4));
        }
        // a masked number: mask characters and at most the last four digits
        if (compact.matches("[*xX•#.…]+[0-9]{4}")) {
            return new Reduced(null, compact.substring(compact.length() - 4));
        }
        throw new IllegalArgumentException("Card number: enter the whole card number or only its last four digits.");
    }

    /** Whether the text holds anything that looks like a whole card number. */
    public static boolean containsCardNumber(String text) {
        return !find(text).isEmpty();
    }

    /**
     * Every card-like number in the text. Digits are read in groups separated by one space or
     * dash; any run of whole groups with 12 to 19 digits in all that passes the Luhn check counts,
     * so a number followed by its security code ("4111 1111 1111 1111 123") is still found.
     */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        List<int[]> groups = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            // one chain of digit groups joined by single separators
            groups.clear();
            int j = i;
            while (true) {
                int start = j;
                while (j < n && isDigit(text.charAt(j))) {
                    j++;
                }
                groups.add(new int[] {start, j});
                if (j + 1 < n && (text.charAt(j) == ' ' || text.charAt(j) == '-') && isDigit(text.charAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            findInChain(text, groups, found);
            i = j;
        }
        return found;
    }

    private static void findInChain(String text, List<int[]> groups, List<Found> found) {
        int from = 0;
        while (from < groups.size()) {
            Found best = null;
            int bestTo = -1;
            int digits = 0;
            StringBuilder number = new StringBuilder();
            for (int to = from; to < groups.size(); to++) {
                int[] g = groups.get(to);
                digits += g[1] - g[0];
                number.append(text, g[0], g[1]);
                if (digits > MAX_DIGITS) {
                    break;
                }
                if (digits >= MIN_DIGITS && luhn(number)) {
                    String s = number.toString();
                    best = new Found(groups.get(from)[0], g[1], brandOf(s), s.substring(s.length() - 4));
                    bestTo = to;
                }
            }
            if (best != null) {
                found.add(best);
                from = bestTo + 1;
            } else {
                from++;
            }
        }
    }

    /**
     * The text with every card-like number replaced by its brand and last four digits
     * ("[card …1111]"), for free text that must be kept but may not hold a card number.
     */
    public static String redact(String text) {
        List<Found> found = find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Found f : found) {
            out.append(text, at, f.start()).append("[card …").append(f.last4()).append(']');
            at = f.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * Refuses text that holds a card-like number, naming the field; the message does not repeat
     * the number. Returns the text unchanged otherwise.
     */
    public static String requireNone(String field, String text) {
        Optional<Found> first = find(text).stream().findFirst();
        if (first.isPresent()) {
            throw new IllegalArgumentException(field + ": looks like it holds a whole card number (ending "
                    + first.get().last4() + "); card numbers are never stored whole.");
        }
        return text;
    }

    /** The Luhn check over a string of digits. */
    public static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean twice = false;
        for (int k = digits.length() - 1; k >= 0; k--) {
            int d = digits.charAt(k) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return digits.length() > 0 && sum % 10 == 0;
    }

    /** The card brand its first digits name (the issuer identification ranges), or null when unknown. */
    public static String brandOf(String digits) {
        if (digits.length() < 6) {
            return null;
        }
        int two = Integer.parseInt(digits.substring(0, 2));
        int three = Integer.parseInt(digits.substring(0, 3));
        int four = Integer.parseInt(digits.substring(0, 4));
        int six = Integer.parseInt(digits.substring(0, 6));
        if (two == 34 || two == 37) {
            return "American Express";
        }
        if ((two >= 51 && two <= 55) || (six >= 222100 && six <= 272099)) {
            return "Mastercard";
        }
        if (four == 6011 || two == 65 || (three >= 644 && three <= 649)) {
            return "Discover";
        }
        if (two == 36 || two == 38 || (three >= 300 && three <= 305)) {
            return "Diners Club";
        }
        if (four >= 3528 && four <= 3589) {
            return "JCB";
        }
        if (two == 62) {
            return "UnionPay";
        }
        if (two == 50 || (two >= 56 && two <= 69)) {
            return "Maestro";
        }
        if (digits.charAt(0) == '4') {
            return "Visa";
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
