package com.custodia.service.bench;

import com.custodia.domain.SearchKeys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generated persons for the import bench: the same row for the same index every time, as CSV
 * (for the import) and as column values (for the raw engine), so both sides write the same rows.
 * About 150 bytes a row, with accented names, quoted notes holding commas, and every column of
 * DESIGN.md section 7.
 */
final class BenchPersons {

    static final String HEADER = "external_id,kind,first_name,last_name,email,phone,company,street,city,postal_code,"
            + "country,language,notes";

    private static final String[] FIRST = {"Anna", "Björn", "Chloé", "Dmitri", "Elif", "François", "Grete", "Hiroshi",
        "Inés", "Jonas", "Katarzyna", "Luca", "Maël", "Nora", "Oskar", "Priya", "Quentin", "Rosa", "Søren", "Tomás",
        "Ulla", "Vera", "Wen", "Xavier", "Yara", "Zoë"};
    private static final String[] SYLLABLES = {"ber", "man", "son", "ski", "ler", "ton", "feld", "wood", "stein",
        "berg", "dorf", "rich", "mül", "ov", "ez", "ini", "ard", "ow", "ley", "hart", "gaard", "ström", "vic"};
    private static final String[] COMPANY_SUFFIX = {"GmbH", "Ltd", "SA", "AB", "BV", "Inc.", "S.r.l.", "Oy"};
    private static final String[] CITIES = {"Berlin", "Köln", "London", "Paris", "Malmö", "Zürich", "Utrecht",
        "Kraków", "Sevilla", "Torino"};
    private static final String[] COUNTRIES = {"DE", "DE", "GB", "FR", "SE", "CH", "NL", "PL", "ES", "IT"};
    private static final String[] LANGUAGES = {"de", "de", "en", "fr", "sv", "de-CH", "nl", "pl", "es", "it"};
    private static final String[] KINDS = {"customer", "customer", "customer", "customer", "customer", "customer",
        "customer", "trial_user", "partner_contact", "point_of_contact", "forum_member", "job_applicant"};

    private final long seed;

    BenchPersons(long seed) {
        this.seed = seed;
    }

    /** The 13 CSV values of row {@code i}; empty strings are empty cells. */
    String[] row(long i) {
        Random r = new Random(seed * 31 + i);
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = word(r, 2 + r.nextInt(2));
        String company = word(r, 2) + " " + COMPANY_SUFFIX[r.nextInt(COMPANY_SUFFIX.length)];
        int place = r.nextInt(CITIES.length);
        String email = ascii(first) + "." + ascii(last) + (i % 1000) + "@" + ascii(company.substring(0,
                company.indexOf(' '))) + ".example";
        String note = r.nextInt(10) < 3 ? "Met at the fair, asked about " + word(r, 2) + ", call back" : "";
        return new String[] {
            String.format("B%09d", i), KINDS[r.nextInt(KINDS.length)], first, last, email,
            "+" + (30 + place) + " " + (100 + r.nextInt(900)) + " " + (100000 + r.nextInt(900000)), company,
            word(r, 2) + "straße " + (1 + r.nextInt(200)), CITIES[place], String.valueOf(10000 + r.nextInt(90000)),
            COUNTRIES[place], LANGUAGES[place], note
        };
    }

    /** The first {@code count} rows as a CSV file with its header (CRLF, as spreadsheets write it). */
    byte[] csv(long count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 16, count * 170 + 200));
        StringBuilder line = new StringBuilder(512);
        out.writeBytes((HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (long i = 0; i < count; i++) {
            line.setLength(0);
            String[] values = row(i);
            for (int c = 0; c < values.length; c++) {
                if (c > 0) {
                    line.append(',');
                }
                String v = values[c];
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
                    line.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    line.append(v);
                }
            }
            line.append("\r\n");
            out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** first_name_key, last_name_key, company_key, email_key, phone_key of a row, as the entity computes them. */
    static String[] keys(String[] row) {
        return new String[] {SearchKeys.text(row[2]), SearchKeys.text(row[3]), SearchKeys.text(row[6]),
            SearchKeys.text(row[4]), SearchKeys.phone(row[5])};
    }

    private static String word(Random r, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
