package com.custodia.domain;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Custodia keeps of a payment card (promise P5): brand, last four digits, expiry and the
 * payment processor's token — never the whole number. The constructor refuses any part that
 * could carry a whole number, so no path into the database can store one.
 *
 * @param brand  "Visa", "Mastercard" …; letters, spaces and dashes only (may be null)
 * @param last4  exactly four digits (may be null when no card was used)
 * @param expiry year and month, stored as {@code YYYY-MM} (may be null)
 * @param token  the processor's reference for the card (may be null); never a card number
 */
public record PaymentCard(String brand, String last4, String expiry, String token) {

    private static final Pattern BRAND = Pattern.compile("[\\p{L} .&-]{1,20}");
    private static final Pattern LAST4 = Pattern.compile("[0-9]{4}");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public PaymentCard {
        brand = blankToNull(brand);
        last4 = blankToNull(last4);
        expiry = blankToNull(expiry);
        token = blankToNull(token);
        if (brand != null && !BRAND.matcher(brand).matches()) {
            throw new IllegalArgumentException("Card brand: letters only, at most 20 characters.");
        }
        if (last4 != null && !LAST4.matcher(last4).matches()) {
            throw new IllegalArgumentException("Card last four digits: exactly four digits.");
        }
        if (expiry != null) {
            expiry = normaliseExpiry(expiry);
        }
        if (token != null) {
            if (token.length() > 100) {
                throw new IllegalArgumentException("Card token: at most 100 characters.");
            }
            CardNumbers.requireNone("Card token", token);
        }
    }

    /**
     * A card from what was typed into the number field, reduced on the spot: a whole number
     * becomes its brand and last four digits; the brand given wins over the one the number implies.
     */
    public static PaymentCard fromTyped(String typedNumber, String brand, String expiry, String token) {
        CardNumbers.Reduced reduced = CardNumbers.reduce(typedNumber);
        String b = blankToNull(brand) != null ? brand : reduced.brand();
        return new PaymentCard(b, reduced.last4(), expiry, token);
    }

    /** Whether any part of a card is held. */
    public boolean isEmpty() {
        return brand == null && last4 == null && expiry == null && token == null;
    }

    /** {@code YYYY-MM} from "MM/YY", "MM/YYYY" or "YYYY-MM". */
    static String normaliseExpiry(String value) {
        String v = value.strip();
        try {
            Matcher m = YEAR_MONTH.matcher(v);
            if (m.matches()) {
                return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).toString();
            }
            m = MONTH_YEAR.matcher(v);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(2));
                return YearMonth.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(1))).toString();
            }
        } catch (DateTimeException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("Card expiry: use MM/YY, MM/YYYY or YYYY-MM.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
