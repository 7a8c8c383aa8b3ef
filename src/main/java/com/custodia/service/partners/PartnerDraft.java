package com.custodia.service.partners;

import com.custodia.domain.PartnerRegistrationStatus;
import com.custodia.domain.PartnerTier;
import java.time.LocalDate;
import java.util.List;

/** What a partner manager enters to create or change a partner. */
public record PartnerDraft(String name, String agreementReference, int agreementVersion,
                           PartnerRegistrationStatus registrationStatus, LocalDate registeredFrom,
                           LocalDate registeredUntil, PartnerTier tier, List<PartnerContactView> contacts) {

    public PartnerDraft {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
