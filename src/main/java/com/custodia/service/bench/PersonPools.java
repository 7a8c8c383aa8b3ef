package com.custodia.service.bench;

import com.custodia.domain.PersonKind;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import net.datafaker.Faker;

/**
 * Realistic persons for the bench, a million in seconds: names, companies, streets and cities are
 * drawn once from Datafaker into pools per locale (a few thousand calls, where a million persons
 * would take minutes), and each person combines pool entries with a generated email, phone number
 * and postal code. Names repeat the way real ones do: a pool of 600 per locale over eight locales.
 */
final class PersonPools {

    private static final String[][] LOCALES = {
            {"en", "US", "1"}, {"en", "GB", "44"}, {"de", "DE", "49"}, {"fr", "FR", "33"}, {"nl", "NL", "31"},
            {"es", "ES", "34"}, {"it", "IT", "39"}, {"sv", "SE", "46"}
    };
    private static final int NAMES_PER_LOCALE = 600;
    private static final int COMPANIES = 4_000;
    private static final int PLACES_PER_LOCALE = 300;
    private static final char[] KEY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ASCII_ALNUM = Pattern.compile("[^a-z0-9]+");

    /** One person's fields. */
    record Drawn(String first, String last, String company, String email, String phone, String street, String city,
                 String postalCode, String country, String language) {
    }

    private final String[][] firstNames;
    private final String[][] lastNames;
    private final String[][] firstAscii;
    private final String[][] lastAscii;
    private final String[] companies;
    private final String[] domains;
    private final String[][] streets;
    private final String[][] cities;

    private PersonPools(int locales) {
        firstNames = new String[locales][NAMES_PER_LOCALE];
        lastNames = new String[locales][NAMES_PER_LOCALE];
        firstAscii = new String[locales][NAMES_PER_LOCALE];
        lastAscii = new String[locales][NAMES_PER_LOCALE];
        streets = new String[locales][PLACES_PER_LOCALE];
        cities = new String[locales][PLACES_PER_LOCALE];
        companies = new String[COMPANIES];
        domains = new String[COMPANIES];
    }

    /** The pools; the same seed gives the same pools. */
    static PersonPools draw(long seed) {
        int n = LOCALES.length;
        PersonPools pools = new PersonPools(n);
        Faker[] fakers = new Faker[n];
        for (int l = 0; l < n; l++) {
            Faker faker = new Faker(new Locale(LOCALES[l][0], LOCALES[l][1]), new Random(seed + l));
            fakers[l] = faker;
            for (int i = 0; i < NAMES_PER_LOCALE; i++) {
                pools.firstNames[l][i] = faker.name().firstName();
                pools.lastNames[l][i] = faker.name().lastName();
                pools.firstAscii[l][i] = ascii(pools.firstNames[l][i]);
                pools.lastAscii[l][i] = ascii(pools.lastNames[l][i]);
            }
            for (int i = 0; i < PLACES_PER_LOCALE; i++) {
                pools.streets[l][i] = faker.address().streetName();
                pools.cities[l][i] = faker.address().city();
            }
        }
        for (int i = 0; i < COMPANIES; i++) {
            pools.companies[i] = fakers[i % n].company().name();
            String domain = ascii(pools.companies[i]);
            pools.domains[i] = (domain.isEmpty() ? "example" : domain.substring(0, Math.min(24, domain.length())))
                    + ".example";
        }
        return pools;
    }

    /** A person of a random locale: its names, places, phone format and country. */
    Drawn person(Random random) {
        int locale = random.nextInt(LOCALES.length);
        int f = random.nextInt(NAMES_PER_LOCALE);
        int l = random.nextInt(NAMES_PER_LOCALE);
        int c = random.nextInt(COMPANIES);
        String email = firstAscii[locale][f] + "." + lastAscii[locale][l] + random.nextInt(1000) + "@" + domains[c];
        String phone = "+" + LOCALES[locale][2] + " " + (10 + random.nextInt(90)) + " "
                + (1_000_000 + random.nextInt(9_000_000));
        return new Drawn(firstNames[locale][f], lastNames[locale][l], companies[c], email, phone,
                (1 + random.nextInt(200)) + " " + streets[locale][random.nextInt(PLACES_PER_LOCALE)],
                cities[locale][random.nextInt(PLACES_PER_LOCALE)],
                String.format(Locale.ROOT, "%05d", random.nextInt(100_000)), LOCALES[locale][1], LOCALES[locale][0]);
    }

    /** Five groups of five letters and digits that cannot be misread (no I, O, 0 or 1). */
    static String licenseKey(Random random) {
        StringBuilder key = new StringBuilder(29);
        for (int group = 0; group < 5; group++) {
            if (group > 0) {
                key.append('-');
            }
            for (int i = 0; i < 5; i++) {
                key.append(KEY_ALPHABET[random.nextInt(KEY_ALPHABET.length)]);
            }
        }
        return key.toString();
    }

    /** Mostly customers, as in the demo data. */
    static PersonKind kind(Random random) {
        int r = random.nextInt(100);
        if (r < 70) {
            return PersonKind.CUSTOMER;
        } else if (r < 80) {
            return PersonKind.TRIAL_USER;
        } else if (r < 85) {
            return PersonKind.PARTNER_CONTACT;
        } else if (r < 90) {
            return PersonKind.POINT_OF_CONTACT;
        } else if (r < 95) {
            return PersonKind.FORUM_MEMBER;
        }
        return PersonKind.JOB_APPLICANT;
    }

    private static String ascii(String s) {
        return NOT_ASCII_ALNUM.matcher(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
