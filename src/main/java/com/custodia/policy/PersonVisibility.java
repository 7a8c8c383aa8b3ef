package com.custodia.policy;

import com.custodia.domain.Role;
import java.util.Collection;

/**
 * What of a person an operator's roles let them see and search by (DESIGN.md section 2, P5).
 *
 * <p>Roles that hold only {@link Permission#PERSON_VIEW_NAMES} (administrators, partner managers)
 * see kind and names; company, email, phone and address are withheld (not disguised: the service
 * returns no value and says the row is restricted). They may search by name only, because finding
 * a person by an email or phone number they cannot see would reveal it. License keys are shown
 * whole only with {@link Permission#LICENSE_KEY_VIEW}; others who may see contact data can still
 * search by a license key (a customer reads it out on the phone) but see it masked.
 *
 * @param names             kind, first and last name
 * @param contactData       company, email, phone, country (and the rest of a full record)
 * @param wholeLicenseKeys  license keys unmasked
 * @param licenseKeySearch  finding a person by license key
 */
public record PersonVisibility(boolean names, boolean contactData, boolean wholeLicenseKeys,
                               boolean licenseKeySearch) {

    /** What the roles together allow. */
    public static PersonVisibility of(Collection<Role> roles) {
        boolean contact = Permissions.allows(roles, Permission.PERSON_VIEW);
        boolean names = contact || Permissions.allows(roles, Permission.PERSON_VIEW_NAMES);
        boolean wholeKeys = Permissions.allows(roles, Permission.LICENSE_KEY_VIEW);
        return new PersonVisibility(names, contact, wholeKeys, contact || wholeKeys);
    }

    /** The license key as this operator may see it: whole, or masked. */
    public String licenseKey(String key) {
        return wholeLicenseKeys ? key : maskLicenseKey(key);
    }

    /**
     * A license key with every letter and digit but the last four replaced by {@code *}; dashes
     * and spaces stay, so the masked key keeps its shape and its tail can be read back to the
     * customer. A key of four characters or fewer is masked whole.
     */
    public static String maskLicenseKey(String key) {
        if (key == null) {
            return null;
        }
        int alnum = 0;
        for (int i = 0; i < key.length(); i++) {
            if (Character.isLetterOrDigit(key.charAt(i))) {
                alnum++;
            }
        }
        int keep = alnum > 4 ? 4 : 0;
        StringBuilder out = new StringBuilder(key.length());
        int seen = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                seen++;
                out.append(seen > alnum - keep ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
