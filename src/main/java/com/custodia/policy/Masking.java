package com.custodia.policy;

import java.util.Set;

/**
 * How sensitive values are shown to roles that may not see them whole (promise P5). License keys
 * keep their shape and last four characters ("XXXX-XXXX-XXXX-AB12") so an operator can tell two
 * keys apart on the telephone without reading either. Card numbers need no mask: they are never
 * held whole. Pure functions.
 */
public final class Masking {

    /** The fields of the change history whose values are license keys: entity name, dot, field. */
    private static final Set<String> LICENSE_KEY_FIELDS = Set.of("License.licenseKey");

    private Masking() {
    }

    /** The key with every letter and digit but the last four replaced by X; null stays null. */
    public static String licenseKey(String key) {
        if (key == null) {
            return null;
        }
        int keep = 4;
        char[] out = key.toCharArray();
        for (int i = out.length - 1; i >= 0; i--) {
            if (Character.isLetterOrDigit(out[i])) {
                if (keep > 0) {
                    keep--;
                } else {
                    out[i] = 'X';
                }
            }
        }
        return new String(out);
    }

    /** Whether a field recorded in the change history holds a license key. */
    public static boolean holdsLicenseKey(String entity, String field) {
        return LICENSE_KEY_FIELDS.contains(entity + "." + field);
    }
}
