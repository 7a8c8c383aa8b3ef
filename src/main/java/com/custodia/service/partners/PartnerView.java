package com.custodia.service.partners;

import com.custodia.domain.Partner;
import com.custodia.domain.PartnerRegistrationStatus;
import com.custodia.domain.PartnerTier;
import com.custodia.policy.PartnerRules;
import java.time.LocalDate;
import java.util.List;

/**
 * A partner with where it stands today: {@code state} and {@code standing} (the sentence to show),
 * whether it may receive anything, whether its registration ends within 30 days, and by when it
 * must be renewed.
 */
public record PartnerView(long id, String name, String agreementReference, int agreementVersion,
                          PartnerRegistrationStatus registrationStatus, LocalDate registeredFrom,
                          LocalDate registeredUntil, PartnerTier tier, List<PartnerContactView> contacts,
                          PartnerRules.State state, boolean mayReceive, boolean expiringSoon, LocalDate renewBy,
                          String standing, long version) {

    public PartnerView {
        contacts = List.copyOf(contacts);
    }

    static PartnerRules.PartnerFact fact(Partner p) {
        return new PartnerRules.PartnerFact(p.getId(), p.getName(), p.getRegistrationStatus(), p.getRegisteredFrom(),
                p.getRegisteredUntil(), p.getAgreementVersion());
    }

    static PartnerView of(Partner p, int currentAgreementVersion, LocalDate today) {
        PartnerRules.Standing s = PartnerRules.standing(fact(p), currentAgreementVersion, today);
        boolean expiring = p.getRegistrationStatus() == PartnerRegistrationStatus.REGISTERED
                && PartnerRules.expiringSoon(p.getRegisteredUntil(), today);
        return new PartnerView(p.getId(), p.getName(), p.getAgreementReference(), p.getAgreementVersion(),
                p.getRegistrationStatus(), p.getRegisteredFrom(), p.getRegisteredUntil(), p.getTier(),
                p.getContacts().stream().map(PartnerContactView::of).toList(), s.state(), s.mayReceive(), expiring,
                s.renewBy(), s.text(), p.getVersion());
    }
}
