package com.custodia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Someone at a partner the partner manager talks to. */
@Embeddable
public class PartnerContact {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 50)
    private String phone;

    @Column(name = "role", length = 100)
    private String role;

    protected PartnerContact() {
    }

    public PartnerContact(String name, String email, String phone, String role) {
        this.name = Texts.required("Contact name", name == null ? null : name.strip(), 200);
        this.email = Texts.limited("Contact email", blankToNull(email), 254);
        this.phone = Texts.limited("Contact phone", blankToNull(phone), 50);
        this.role = Texts.limited("Contact role", blankToNull(role), 100);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getRole() { return role; }
}
