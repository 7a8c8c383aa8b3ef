package com.custodia.service.people;

import com.custodia.domain.SearchKeys;
import com.custodia.policy.PersonVisibility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an operator typed, turned into index ranges over the stored search keys.
 *
 * <p>One word is looked for at the start of the last name, first name, company, email, phone
 * number (digits, from {@value #MIN_PHONE_DIGITS}) and license keys (letters and digits, from
 * {@value #MIN_LICENSE_CHARS}). A query made of digits and phone punctuation only ("+49 30 1234")
 * is one phone number. A word with {@code @} is looked for in email addresses only.
 *
 * <p>Several words: a person matches when the whole query is the start of their last name, first
 * name, company or license key ("acme soft" finds Acme Softworks, "van der be" Piet van der Berg),
 * or when every word is the start of their last name, first name or company ("anna mül" finds Anna
 * Müller, "acme smith" finds Smith at Acme). Those three fields are together in each of their
 * indexes (V11), so checking the other words never reads a row. A word with {@code @} or of digits
 * only still means an email or a phone number; such a word leads the search.
 *
 * <p>Fields the operator may not see are not searched (see {@link PersonVisibility}).
 */
final class SearchTerms {

    /** More words than this are ignored: each costs a condition on every candidate row. */
    static final int MAX_WORDS = 5;
    /** Phone numbers are searched from this many digits on; fewer match too much to be useful. */
    static final int MIN_PHONE_DIGITS = 3;
    /** License keys are searched from this many letters and digits on. */
    static final int MIN_LICENSE_CHARS = 4;

    private static final Pattern PHONE_LIKE = Pattern.compile("[0-9+()\\-./\\s]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile(".*[\\p{L}\\p{N}].*");

    /** An index range: the stored key of {@code field} starts with {@code from}. */
    record Probe(SearchField field, String from, String to) {
        static Probe of(SearchField field, String prefix) {
            return new Probe(field, prefix, SearchKeys.upperBound(prefix));
        }
    }

    /**
     * One word (or the phrase), and every range it may match in.
     *
     * @param special an email or phone word: checking it on another word's candidates reads rows
     */
    record Term(String typed, List<Probe> probes, boolean special) {
        Term {
            probes = List.copyOf(probes);
        }
    }

    /**
     * @param phrase the whole query as one term when it has several words, else null
     * @param words  every word, each of which must match (one word: the query itself)
     */
    record Parsed(Term phrase, List<Term> words) {
        Parsed {
            words = List.copyOf(words);
        }

        /** Whether the words can match at all: each needs a field it may be looked for in. */
        boolean wordsSearchable() {
            return !words.isEmpty() && words.stream().noneMatch(w -> w.probes().isEmpty());
        }
    }

    private SearchTerms() {
    }

    static Parsed parse(String text, PersonVisibility visibility) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, List.of());
        }
        String trimmed = text.strip();
        if (PHONE_LIKE.matcher(trimmed).matches()) {
            String digits = SearchKeys.phone(trimmed);
            if (digits != null && digits.length() >= MIN_PHONE_DIGITS) {
                List<Probe> probes = new ArrayList<>();
                if (visibility.contactData()) {
                    probes.add(Probe.of(SearchField.PHONE, digits));
                }
                licenseProbe(trimmed, visibility, probes);
                return new Parsed(null, List.of(new Term(trimmed, probes, true)));
            }
        }
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : WHITESPACE.split(trimmed)) {
            if (LETTER_OR_DIGIT.matcher(token).matches() && tokens.size() < MAX_WORDS) {
                tokens.add(token);
            }
        }
        List<Term> words = new ArrayList<>();
        for (String token : tokens) {
            words.add(word(token, visibility, tokens.size() == 1));
        }
        Term phrase = tokens.size() > 1 ? phrase(String.join(" ", tokens), visibility) : null;
        return new Parsed(phrase, words);
    }

    private static Term word(String token, PersonVisibility visibility, boolean alone) {
        List<Probe> probes = new ArrayList<>();
        String key = SearchKeys.text(token);
        if (key == null) {
            return new Term(token, probes, false);
        }
        if (token.indexOf('@') >= 0) {
            if (visibility.contactData()) {
                probes.add(Probe.of(SearchField.EMAIL, key));
            }
            return new Term(token, probes, true);
        }
        String digits = SearchKeys.phone(token);
        boolean phone = PHONE_LIKE.matcher(token).matches() && digits != null && digits.length() >= MIN_PHONE_DIGITS;
        if (phone && !alone) {
            if (visibility.contactData()) {
                probes.add(Probe.of(SearchField.PHONE, digits));
            }
            return new Term(token, probes, true);
        }
        probes.add(Probe.of(SearchField.LAST_NAME, key));
        probes.add(Probe.of(SearchField.FIRST_NAME, key));
        if (visibility.contactData()) {
            probes.add(Probe.of(SearchField.COMPANY, key));
        }
        if (alone) {
            if (visibility.contactData()) {
                probes.add(Probe.of(SearchField.EMAIL, key));
                if (phone) {
                    probes.add(Probe.of(SearchField.PHONE, digits));
                }
            }
            licenseProbe(token, visibility, probes);
        }
        return new Term(token, probes, false);
    }

    /** The words as typed, as the start of a name or company ("van der be", "acme soft"), or a spaced license key. */
    private static Term phrase(String joined, PersonVisibility visibility) {
        List<Probe> probes = new ArrayList<>();
        String key = SearchKeys.text(joined);
        if (key != null && joined.indexOf('@') < 0) {
            probes.add(Probe.of(SearchField.LAST_NAME, key));
            probes.add(Probe.of(SearchField.FIRST_NAME, key));
            if (visibility.contactData()) {
                probes.add(Probe.of(SearchField.COMPANY, key));
            }
        }
        licenseProbe(joined, visibility, probes);
        return new Term(joined, probes, false);
    }

    private static void licenseProbe(String typed, PersonVisibility visibility, List<Probe> probes) {
        if (!visibility.licenseKeySearch()) {
            return;
        }
        String key = SearchKeys.licenseKey(SearchKeys.text(typed));
        if (key != null && key.length() >= MIN_LICENSE_CHARS) {
            probes.add(Probe.of(SearchField.LICENSE_KEY, key));
        }
    }
}
