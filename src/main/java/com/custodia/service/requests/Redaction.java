package com.custodia.service.requests;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The redaction rule of the access report (decision 0024): inside the person's records, an
 * free-text field (subjects, notes, reasons, employment history, statement texts), an email
 * address that is not one of the person's own, a phone number that is not one of theirs,
 * and the name of another person held by the vendor ("First Last" in free text) are replaced by
 * "[redacted: …]". Identifiers of the vendor's own records (ids, keys) and the recipients of
 * disclosures are not third parties' data and stay; the person is entitled to know the
 * recipients.
 */
final class Redaction {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()./-]{6,}\\d");
    /** Two capitalised words: a candidate name. */
    static final Pattern NAME = Pattern.compile("\\b(\\p{Lu}[\\p{L}'-]+)\\s+(\\p{Lu}[\\p{L}'-]+)\\b");
    /** Fields that hold free text someone wrote; only these are searched for other people's names. */
    static final Set<String> FREE_TEXT = Set.of("subject", "notes", "employment_history", "note", "text",
            "evidence", "decision_reason", "reason", "purpose", "statement_text", "exact_text");

    private final Set<String> ownEmails = new HashSet<>();
    private final Set<String> ownPhones = new HashSet<>();
    private final Set<String> otherNames;
    private int count;

    /**
     * @param otherNames "first last" in lower case of other persons held, among the candidates
     *                   {@link #nameCandidates} found
     */
    Redaction(Set<String> ownEmails, Set<String> ownPhones, Set<String> otherNames) {
        ownEmails.forEach(e -> this.ownEmails.add(e.strip().toLowerCase(Locale.ROOT)));
        ownPhones.forEach(p -> this.ownPhones.add(digits(p)));
        this.otherNames = otherNames;
    }

    /** Capitalised word pairs in free-text fields, lower case: what to look up among other persons. */
    static Set<List<String>> nameCandidates(List<Map<String, String>> records) {
        Set<List<String>> out = new HashSet<>();
        for (Map<String, String> r : records) {
            for (Map.Entry<String, String> e : r.entrySet()) {
                if (e.getValue() != null && FREE_TEXT.contains(e.getKey())) {
                    Matcher m = NAME.matcher(e.getValue());
                    while (m.find()) {
                        out.add(List.of(m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        return out;
    }

    List<Map<String, String>> apply(List<Map<String, String>> records) {
        return records.stream().map(this::apply).toList();
    }

    private Map<String, String> apply(Map<String, String> record) {
        Map<String, String> out = new LinkedHashMap<>();
        record.forEach((k, v) -> out.put(k, v == null || !FREE_TEXT.contains(k) ? v : redact(v)));
        return out;
    }

    String redact(String value) {
        String v = replace(EMAIL, value, m -> !ownEmails.contains(m.toLowerCase(Locale.ROOT)), "email address");
        {
            v = replace(PHONE, v, m -> !ownPhones.contains(digits(m)), "phone number");
            Matcher m = NAME.matcher(v);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT);
                if (otherNames.contains(name)) {
                    count++;
                    m.appendReplacement(sb, Matcher.quoteReplacement("[redacted: another person's name]"));
                } else {
                    m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
                }
            }
            m.appendTail(sb);
            v = sb.toString();
        }
        return v;
    }

    private String replace(Pattern p, String value, java.util.function.Predicate<String> other, String what) {
        Matcher m = p.matcher(value);
        if (!m.find()) {
            return value;
        }
        m.reset();
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            if (other.test(m.group())) {
                count++;
                m.appendReplacement(sb, Matcher.quoteReplacement("[redacted: another person's " + what + "]"));
            } else {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(sb);
        return sb.toString();
    }

    int count() {
        return count;
    }

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }
}
