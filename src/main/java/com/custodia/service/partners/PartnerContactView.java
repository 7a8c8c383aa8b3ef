package com.custodia.service.partners;

import com.custodia.domain.PartnerContact;

/** A contact at a partner, as entered and as shown. */
public record PartnerContactView(String name, String email, String phone, String role) {

    static PartnerContactView of(PartnerContact c) {
        return new PartnerContactView(c.getName(), c.getEmail(), c.getPhone(), c.getRole());
    }

    PartnerContact toContact() {
        return new PartnerContact(name, email, phone, role);
    }
}
