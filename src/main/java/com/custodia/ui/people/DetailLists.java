package com.custodia.ui.people;

import com.custodia.service.auth.Principal;
import com.custodia.service.consent.ConsentService;
import com.custodia.service.consent.ConsentService.ConsentView;
import com.custodia.service.history.HistoryEntry;
import com.custodia.service.history.HistoryService;
import com.custodia.service.ledger.LedgerEntryView;
import com.custodia.service.ledger.LedgerReader;
import com.custodia.service.people.PersonRecordViews.CorrespondenceView;
import com.custodia.service.people.PersonRecordViews.EmailDecision;
import com.custodia.service.people.PersonRecordViews.ForumPostView;
import com.custodia.service.people.PersonRecordViews.JobApplicationView;
import com.custodia.service.people.PersonRecordViews.LicenseView;
import com.custodia.service.people.PersonRecordViews.OrderView;
import com.custodia.service.people.PersonRecordViews.PointOfContactView;
import com.custodia.service.people.PersonRecordViews.PreferenceView;
import com.custodia.service.people.PersonRecordViews.VisitCursor;
import com.custodia.service.people.PersonRecordViews.WebVisitPage;
import com.custodia.service.people.PersonRecordViews.WebVisitView;
import com.custodia.service.people.PersonRecords;
import com.custodia.service.partners.PartnerDisclosures;
import com.custodia.service.partners.PartnerDisclosures.PartnerAccess;
import com.custodia.service.partners.PartnerDisclosures.PartnerDisclosure;
import com.custodia.service.partners.PartnerDisclosures.PersonPartners;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;

/**
 * The lists behind the detail's record tabs, each fetched for the person shown when its tab is
 * first opened: licenses, orders, web visits (paged), communications (preferences with whether
 * the person may be emailed, correspondence, forum posts, points of contact), consents, job
 * applications, change history and disclosures (paged). Masking is the services' doing.
 */
public final class DetailLists {

    /** Visits and disclosures shown per page. */
    static final int PAGE_SIZE = 50;

    /** A message class: the person's choice and whether the vendor may email them such a message now (P9, P10). */
    public record Preference(PreferenceView choice, EmailDecision decision) {
    }

    private final PersonPart<LicenseView> licenses;
    private final PersonPart<OrderView> orders;
    private final PersonPages<WebVisitView, VisitCursor> visits;
    private final PersonPart<Preference> preferences;
    private final PersonPart<CorrespondenceView> correspondence;
    private final PersonPart<ForumPostView> forumPosts;
    private final PersonPart<PointOfContactView> pointsOfContact;
    private final PersonPart<ConsentView> consents;
    private final PersonPart<JobApplicationView> applications;
    private final PersonPart<HistoryEntry> history;
    private final PersonPages<LedgerEntryView, Long> disclosures;
    /** The person's partner view, one element once fetched; split into the two lists below. */
    private final PersonPart<PersonPartners> partners;
    private final ObservableList<PartnerAccess> partnerAccess = FXCollections.observableArrayList();
    private final ObservableList<PartnerAccess> readOnlyPartnerAccess =
            FXCollections.unmodifiableObservableList(partnerAccess);
    private final ObservableList<PartnerDisclosure> partnerReceived = FXCollections.observableArrayList();
    private final ObservableList<PartnerDisclosure> readOnlyPartnerReceived =
            FXCollections.unmodifiableObservableList(partnerReceived);
    /** False when the operator may not read what partners received (the ledger's), so the list stays empty. */
    private final ReadOnlyBooleanWrapper partnerReceivedShown = new ReadOnlyBooleanWrapper(true);

    DetailLists(PeopleServices services, Principal actor, TaskExecutor executor, FailureReporter failures,
                PeopleText text) {
        PersonRecords records = services.records();
        licenses = part(text, "task.licenses", id -> records.licenses(actor, id), executor, failures);
        orders = part(text, "task.orders", id -> records.orders(actor, id), executor, failures);
        visits = new PersonPages<>(text.get("task.visits"), (id, after, size) -> {
            WebVisitPage page = records.webVisits(actor, id, after, size);
            return new PersonPages.Slice<>(page.visits(), page.total(), page.next());
        }, PAGE_SIZE, executor, failures, text);
        preferences = part(text, "task.preferences", id -> preferencesOf(records, actor, id), executor, failures);
        correspondence = part(text, "task.correspondence", id -> records.correspondence(actor, id), executor, failures);
        forumPosts = part(text, "task.forumPosts", id -> records.forumPosts(actor, id), executor, failures);
        pointsOfContact = part(text, "task.pointsOfContact", id -> records.pointsOfContact(actor, id), executor,
                failures);
        ConsentService consentService = services.consents();
        consents = part(text, "task.consents", id -> consentService.ofPerson(actor, id), executor, failures);
        applications = part(text, "task.applications", id -> records.jobApplications(actor, id), executor, failures);
        HistoryService historyService = services.history();
        history = part(text, "task.history", id -> historyService.history(actor, id), executor, failures);
        LedgerReader ledger = services.ledger();
        disclosures = new PersonPages<>(text.get("task.disclosures"), (id, before, size) -> {
            LedgerReader.Page page = ledger.page(actor,
                    new LedgerReader.Filter(id, null, null, null, null, null), before, size);
            return new PersonPages.Slice<>(page.entries(), page.total(), page.nextBefore());
        }, PAGE_SIZE, executor, failures, text);
        PartnerDisclosures partnerService = services.partners();
        partners = part(text, "task.partners", id -> List.of(partnerService.forPerson(actor, id)), executor, failures);
        partners.items().addListener((ListChangeListener<PersonPartners>) change -> {
            PersonPartners shown = partners.items().isEmpty() ? null : partners.items().get(0);
            partnerAccess.setAll(shown == null ? List.of() : shown.canSeeNow());
            partnerReceived.setAll(shown == null ? List.of() : shown.received());
            partnerReceivedShown.set(shown == null || shown.receivedShown());
        });
    }

    // ---------------------------------------------------------------- Properties

    public PersonPart<LicenseView> licenses() { return licenses; }
    public PersonPart<OrderView> orders() { return orders; }
    public PersonPages<WebVisitView, VisitCursor> visits() { return visits; }
    public PersonPart<Preference> preferences() { return preferences; }
    public PersonPart<CorrespondenceView> correspondence() { return correspondence; }
    public PersonPart<ForumPostView> forumPosts() { return forumPosts; }
    public PersonPart<PointOfContactView> pointsOfContact() { return pointsOfContact; }
    public PersonPart<ConsentView> consents() { return consents; }
    public PersonPart<JobApplicationView> applications() { return applications; }
    public PersonPart<HistoryEntry> history() { return history; }
    public PersonPages<LedgerEntryView, Long> disclosures() { return disclosures; }
    /** Which partner can see which of the person's licenses now, under which grant, until when. */
    public ObservableList<PartnerAccess> partnerAccess() { return readOnlyPartnerAccess; }
    /** Every disclosure to a partner about the person, oldest first (from the ledger). */
    public ObservableList<PartnerDisclosure> partnerReceived() { return readOnlyPartnerReceived; }
    public ReadOnlyBooleanProperty partnerReceivedShown() { return partnerReceivedShown.getReadOnlyProperty(); }
    /** The fetch behind the Partners tab (its notice and loading state). */
    PersonPart<PersonPartners> partners() { return partners; }

    // ---------------------------------------------------------------- Commands

    /** Fetches what the tab shows for the person, unless it is shown already. */
    void show(DetailTab tab, long personId) {
        switch (tab) {
            case LICENSES -> licenses.show(personId);
            case ORDERS -> orders.show(personId);
            case ANALYTICS -> visits.show(personId);
            case COMMUNICATIONS -> {
                preferences.show(personId);
                correspondence.show(personId);
                forumPosts.show(personId);
                pointsOfContact.show(personId);
            }
            case CONSENTS -> consents.show(personId);
            case APPLICATIONS -> applications.show(personId);
            case HISTORY -> history.show(personId);
            case DISCLOSURES -> disclosures.show(personId);
            case PARTNERS -> partners.show(personId);
            case PROFILE, DUPLICATES -> { /* the profile and the duplicates load with the person */ }
        }
    }

    /** Forgets every list: another person is shown, or the screen is left. */
    void clear() {
        licenses.clear();
        orders.clear();
        visits.clear();
        preferences.clear();
        correspondence.clear();
        forumPosts.clear();
        pointsOfContact.clear();
        consents.clear();
        applications.clear();
        history.clear();
        disclosures.clear();
        partners.clear();
    }

    private static <T> PersonPart<T> part(PeopleText text, String titleKey, PersonPart.Fetch<T> fetch,
                                          TaskExecutor executor, FailureReporter failures) {
        return new PersonPart<>(text.get(titleKey), fetch, executor, failures);
    }

    private static List<Preference> preferencesOf(PersonRecords records, Principal actor, long id) {
        List<PreferenceView> choices = records.preferences(actor, id);
        List<EmailDecision> decisions = records.emailEligibility(actor, id);
        List<Preference> out = new ArrayList<>();
        for (PreferenceView choice : choices) {
            EmailDecision decision = decisions.stream().filter(d -> d.messageClass() == choice.messageClass())
                    .findFirst().orElse(null);
            out.add(new Preference(choice, decision));
        }
        return out;
    }
}
