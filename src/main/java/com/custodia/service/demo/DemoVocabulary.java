package com.custodia.service.demo;

import java.util.Random;

/**
 * The fixed word lists the demo generator draws from where Datafaker would be slow or has
 * nothing fitting: a software vendor's products, web traffic, forum and mail subjects. Drawing
 * from arrays with one {@link Random} keeps a million persons fast and the same seed repeatable.
 */
final class DemoVocabulary {

    /** Country, language tag, phone pattern (# is a digit), currency. */
    static final String[][] LOCALES = {
            {"US", "en-US", "+1 ###-###-####", "USD"},
            {"GB", "en-GB", "+44 20 #### ####", "GBP"},
            {"DE", "de-DE", "+49 30 #######", "EUR"},
            {"FR", "fr-FR", "+33 1 ## ## ## ##", "EUR"},
            {"NL", "nl-NL", "+31 20 ### ####", "EUR"},
            {"ES", "es-ES", "+34 91 ### ## ##", "EUR"},
            {"IT", "it-IT", "+39 06 #### ####", "EUR"},
            {"SE", "sv-SE", "+46 8 ### ### ##", "SEK"}
    };

    /** Product, key prefix, list price per seat (in the currency's major unit). */
    static final String[][] PRODUCTS = {
            {"Custodia Desk", "DSK", "49"},
            {"Custodia Server", "SRV", "390"},
            {"Custodia Audit", "AUD", "129"},
            {"Custodia Mobile", "MOB", "19"}
    };
    static final String[] EDITIONS = {"Standard", "Standard", "Professional", "Professional", "Enterprise"};
    static final int[] SEATS = {1, 1, 1, 1, 2, 5, 5, 10, 25, 50, 100};

    static final String[] CARD_BRANDS = {"Visa", "Visa", "Visa", "Mastercard", "Mastercard", "American Express",
            "Discover", "Maestro"};

    static final String[][] BROWSERS = {
            {"Chrome", "124.0", "125.0", "126.0", "127.0"},
            {"Chrome", "124.0", "125.0", "126.0", "127.0"},
            {"Chrome", "124.0", "125.0", "126.0", "127.0"},
            {"Safari", "17.4", "17.5", "17.6"},
            {"Safari", "17.4", "17.5", "17.6"},
            {"Firefox", "125.0", "126.0", "127.0"},
            {"Edge", "124.0", "125.0", "126.0"},
            {"Opera", "110.0", "111.0"}
    };
    static final String[][] SEARCH_ENGINES = {
            {"Google", "https://www.google.com/"},
            {"Google", "https://www.google.com/"},
            {"Google", "https://www.google.com/"},
            {"Bing", "https://www.bing.com/"},
            {"DuckDuckGo", "https://duckduckgo.com/"},
            {"Ecosia", "https://www.ecosia.org/"},
            {"Qwant", "https://www.qwant.com/"}
    };
    static final String[] KEYWORDS = {"customer data software", "gdpr access request tool", "disclosure ledger",
            "custodia pricing", "custodia download", "license key lost", "consent management desktop",
            "privacy officer software", "custodia vs spreadsheet", "data subject request deadline",
            "custodia server install", "how to export customer list"};
    static final String[] REFERRERS = {"https://news.ycombinator.com/", "https://www.reddit.com/r/privacy/",
            "https://www.linkedin.com/feed/", "https://partner-blog.example/custodia-review",
            "https://www.capterra.example/privacy-software", "https://github.com/"};
    static final String[] PAGES = {"/", "/pricing", "/download", "/docs/install", "/docs/ledger", "/docs/requests",
            "/blog/p7-access-reports", "/support", "/contact", "/careers", "/partners", "/account/licenses",
            "/account/orders", "/forum", "/security", "/privacy-policy"};
    static final String[] ADD_ONS = {"uBlock Origin", "LastPass", "1Password", "Grammarly", "Dark Reader",
            "Honey", "Privacy Badger", "Google Translate"};
    static final int[][] WINDOWS = {{1920, 1080}, {1536, 864}, {1440, 900}, {1366, 768}, {2560, 1440},
            {1280, 720}, {390, 844}, {414, 896}, {820, 1180}};

    static final String[] FORUM_SUBJECTS = {"Installer stops at 80 % on Windows 11", "How do I move a workspace to a "
            + "new laptop?", "Ledger verify says OK but the checkpoint is old", "Export to CSV opens garbled in Excel",
            "Feature request: dark theme for reports", "Server edition behind a proxy", "Access report PDF fonts",
            "Seat count after renewal", "Which ports does the server need?", "Importing 200k contacts: tips?",
            "Two workstations, one PostgreSQL: any pitfalls?", "Lost my license key"};
    static final String[] MAIL_SUBJECTS = {"Your invoice", "Renewal of your license", "Re: support ticket",
            "Welcome to Custodia", "Security advisory", "Your trial ends soon", "Question about seats",
            "Partner agreement", "Upgrade offer", "Re: data access request"};
    static final String[] POSITIONS = {"Software Engineer", "Support Engineer", "Account Executive",
            "Privacy Counsel", "Technical Writer", "Product Designer", "Partner Manager", "QA Engineer"};

    private DemoVocabulary() {
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Replaces every # in the pattern by a digit. */
    static String digits(Random random, String pattern) {
        char[] out = pattern.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == '#') {
                out[i] = (char) ('0' + random.nextInt(10));
            }
        }
        return new String(out);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    static String hex(Random random, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = HEX[random.nextInt(16)];
        }
        return new String(out);
    }

    static String base62(Random random, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = BASE62[random.nextInt(62)];
        }
        return new String(out);
    }

    private static final char[] KEY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /**
     * A license key that no other demo license has: the license's unique number, scrambled by a
     * bijection of 64-bit numbers so keys look random, in five-letter groups behind the product code.
     */
    static String licenseKey(String prefix, long unique) {
        long x = unique * 0x9E3779B97F4A7C15L;
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 29;
        StringBuilder key = new StringBuilder(prefix);
        for (int i = 0; i < 15; i++) {
            if (i % 5 == 0) {
                key.append('-');
            }
            // 13 groups of 5 bits hold all 64; the last two letters repeat low bits as a check
            int shift = (i * 5) % 64;
            key.append(KEY_ALPHABET[(int) ((x >>> shift) & 31)]);
        }
        return key.toString();
    }
}
