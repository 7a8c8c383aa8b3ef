package com.custodia.service.people.importing;

/**
 * Whether a value is written like an email address: one {@code @}, a local part of at most 64
 * characters, and a domain of dot-separated labels. Letters of any script are allowed on both
 * sides (internationalised addresses); quoted local parts and address literals are not, as no
 * one types them into a customer record. It checks the form only, never whether the mailbox exists.
 */
final class EmailSyntax {

    private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~-.";

    private EmailSyntax() {
    }

    /** Null when the address is well formed, else what is wrong with it (without repeating it). */
    static String problem(String email) {
        for (int i = 0; i < email.length(); ) {
            int cp = email.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return "contains a space or line break";
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT) {
                return "contains an invisible control character";
            }
            i += Character.charCount(cp);
        }
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return "has no @";
        }
        if (email.indexOf('@') != at) {
            return "has more than one @";
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.isEmpty()) {
            return "has nothing before the @";
        }
        if (local.codePointCount(0, local.length()) > 64) {
            return "has more than 64 characters before the @";
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return "has a dot at the start or end of the part before the @, or two dots in a row";
        }
        for (int i = 0; i < local.length(); ) {
            int cp = local.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) && !isMark(cp) && LOCAL_SYMBOLS.indexOf(cp) < 0) {
                return "has a character before the @ that addresses do not use";
            }
            i += Character.charCount(cp);
        }
        return domainProblem(domain);
    }

    private static String domainProblem(String domain) {
        if (domain.isEmpty()) {
            return "has nothing after the @";
        }
        if (domain.length() > 253) {
            return "has a domain longer than 253 characters";
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return "has no dot in the domain after the @";
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                return "has an empty part in the domain (a dot at the start or end, or two dots in a row)";
            }
            if (label.length() > 63) {
                return "has a part of the domain longer than 63 characters";
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return "has a part of the domain that starts or ends with a hyphen";
            }
            for (int i = 0; i < label.length(); ) {
                int cp = label.codePointAt(i);
                if (!Character.isLetterOrDigit(cp) && !isMark(cp) && cp != '-') {
                    return "has a character in the domain that domains do not use";
                }
                i += Character.charCount(cp);
            }
        }
        String top = labels[labels.length - 1];
        if (top.chars().allMatch(Character::isDigit)) {
            return "ends in a number where a domain ending such as .com belongs";
        }
        return null;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
