package com.custodia.service.consent;

/**
 * The data controller a consent receipt names (Kantara piiControllers) and the receipt's
 * jurisdiction. One per installation; {@link #vendor()} is what an installation without its own
 * settings prints.
 */
public record Controller(String name, String contact, String street, String locality, String postalCode,
                         String country, String email, String phone, String url, String jurisdiction,
                         String policyUrl) {

    public static Controller vendor() {
        return new Controller("The vendor (Custodia installation)", "Privacy officer", "-", "-", "-", "-",
                "privacy@example.com", "-", "https://example.com", "EU", "https://example.com/privacy");
    }
}
