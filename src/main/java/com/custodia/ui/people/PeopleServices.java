package com.custodia.ui.people;

import com.custodia.service.Services;
import com.custodia.service.communications.CommunicationService;
import com.custodia.service.consent.ConsentReceipts;
import com.custodia.service.consent.ConsentService;
import com.custodia.service.history.HistoryService;
import com.custodia.service.ledger.LedgerReader;
import com.custodia.service.partners.PartnerDisclosures;
import com.custodia.service.people.AccountOwners;
import com.custodia.service.people.DuplicateFinder;
import com.custodia.service.people.PersonEditor;
import com.custodia.service.people.PersonMerger;
import com.custodia.service.people.PersonRecords;

/** The services the People screen works with, taken from the one {@link Services} of the session. */
public record PeopleServices(PersonRecords records, HistoryService history, ConsentService consents,
                             ConsentReceipts receipts, LedgerReader ledger, PersonEditor editor,
                             DuplicateFinder duplicates, PersonMerger merger, PartnerDisclosures partners,
                             AccountOwners owners, CommunicationService communications) {

    public static PeopleServices of(Services services) {
        return new PeopleServices(services.personRecords(), services.history(), services.consents(),
                services.consentReceipts(), services.ledgerReader(), services.personEditor(), services.duplicates(),
                services.personMerger(), services.partnerDisclosures(), services.accountOwners(),
                services.communications());
    }
}
