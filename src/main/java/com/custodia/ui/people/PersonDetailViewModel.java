package com.custodia.ui.people;

import com.custodia.service.auth.Principal;
import com.custodia.service.consent.ConsentService.ConsentView;
import com.custodia.service.consent.ReceiptFormat;
import com.custodia.service.ledger.LedgerReader;
import com.custodia.service.people.PersonRecordViews.CategoryCount;
import com.custodia.service.people.PersonRecordViews.PersonOverview;
import com.custodia.service.people.PersonRecordViews.PersonProfile;
import com.custodia.service.people.PersonRecords;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import com.custodia.ui.consent.ConsentActions;
import com.custodia.ui.consent.ConsentScreen;
import com.custodia.ui.consent.ConsentText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail of the person selected in the People table, without its nodes: a header (name, kind,
 * company), the tabs the operator's roles may read (DESIGN.md section 8) with the number of
 * records in each, and the parts behind them — the editable {@link ProfileViewModel profile},
 * the record {@link DetailLists lists} (fetched when their tab is first shown) and the
 * {@link DuplicatesViewModel possible duplicates}. Operators who may see names only get the name
 * and no tabs.
 */
public final class PersonDetailViewModel {

    private final PersonRecords records;
    private final Principal actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final FailureReporter failures;
    private final PeopleText text;
    private final ProfileViewModel profile;
    private final AccountOwnerViewModel owner;
    private final DetailLists lists;
    private final DuplicatesViewModel duplicates;
    private final CommunicationActions communications;

    private final ReadOnlyLongWrapper personId = new ReadOnlyLongWrapper(this, "personId", -1);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", false);
    private final ReadOnlyBooleanWrapper namesOnly = new ReadOnlyBooleanWrapper(this, "namesOnly", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ObservableList<DetailTab> tabs = FXCollections.observableArrayList();
    /**
     * The one read-only view handed out. A new wrapper per call would lose the listeners added to
     * it: a wrapper listens to its list only weakly, so it stops passing changes on once collected.
     */
    private final ObservableList<DetailTab> readOnlyTabs = FXCollections.unmodifiableObservableList(tabs);
    private final Map<DetailTab, ReadOnlyStringWrapper> tabTitles = new EnumMap<>(DetailTab.class);
    private final Notice notice = new Notice();
    private final Notice consentNotice = new Notice();
    private final ConsentActions consentActions;
    private final ObjectProperty<ConsentView> selectedConsent = new SimpleObjectProperty<>(this, "selectedConsent");
    private PersonOverview overview;
    private DetailTab current = DetailTab.PROFILE;
    private long generation;
    private LongConsumer onChanged = id -> { };

    PersonDetailViewModel(PeopleServices services, Principal actor, TaskExecutor executor, DialogService dialogs,
                          PeopleText text, Clock clock) {
        this.records = services.records();
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.text = text;
        this.failures = new FailureReporter(dialogs, text.get("error.title"));
        this.profile = new ProfileViewModel(services.editor(), actor, executor, failures, text);
        this.owner = new AccountOwnerViewModel(services.owners(), actor, executor, failures, text);
        this.lists = new DetailLists(services, actor, executor, failures, text);
        this.duplicates = new DuplicatesViewModel(services.duplicates(), services.merger(), actor, executor, dialogs,
                failures, text);
        this.communications = new CommunicationActions(services.communications(), actor, executor, failures, text,
                lists, personId::get, clock);
        ConsentText consentText = new ConsentText(ResourceBundle.getBundle("i18n." + ConsentScreen.FEATURE,
                text.bundle().getLocale()), Clock.systemDefaultZone());
        this.consentActions = new ConsentActions(services.consents(), services.receipts(), actor, executor, dialogs,
                consentText, consentNotice);
        for (DetailTab tab : DetailTab.values()) {
            tabTitles.put(tab, new ReadOnlyStringWrapper(this, "title" + tab.name(), text.named("tab", tab)));
        }
        profile.onSaved(saved -> changed(saved.id()));
        owner.onChanged(this::ownerChanged);
        duplicates.onMerged(result -> changed(result.survivorId()));
        // a choice or a contact recorded changes the counts in the tabs' titles (communications, history)
        communications.onRecorded(this::loadOverview);
        duplicates.candidates().addListener((javafx.collections.ListChangeListener<Object>) c -> updateTabs());
    }

    // ---------------------------------------------------------------- Properties

    public ProfileViewModel profile() { return profile; }
    /** The person's account owner, shown on the profile (or under the name) and changed there. */
    public AccountOwnerViewModel owner() { return owner; }
    /** Whether the owner goes on the profile tab; operators without one see it under the name. */
    public boolean ownerOnProfile() { return DetailTab.PROFILE.readableBy(actor); }
    public DetailLists lists() { return lists; }
    /** Withdrawing a consent of the person and exporting its receipt, as on the Consent &amp; testimonials screen. */
    public ConsentActions consentActions() { return consentActions; }
    /** The consent selected in the Consents tab. */
    public ObjectProperty<ConsentView> selectedConsentProperty() { return selectedConsent; }
    public DuplicatesViewModel duplicates() { return duplicates; }
    /** Recording the person's email choices and points of contact in the Communications tab. */
    public CommunicationActions communications() { return communications; }
    public ReadOnlyLongProperty personIdProperty() { return personId.getReadOnlyProperty(); }
    /** Whether a person is shown at all. */
    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
    /** Whether the operator may see this person's name only (no tabs). */
    public ReadOnlyBooleanProperty namesOnlyProperty() { return namesOnly.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty subtitleProperty() { return subtitle.getReadOnlyProperty(); }
    /** The tabs to show for this person, in order. */
    public ObservableList<DetailTab> tabs() { return readOnlyTabs; }
    /** A tab's title with its number of records, e.g. "Licenses (2)". */
    public ReadOnlyStringProperty tabTitle(DetailTab tab) { return tabTitles.get(tab).getReadOnlyProperty(); }
    public Notice notice() { return notice; }

    /** Called with the person's id whenever a save or a merge changed what the table shows of them. */
    void onChanged(LongConsumer listener) {
        this.onChanged = listener;
    }

    // ---------------------------------------------------------------- Commands

    /**
     * Shows another person. Unsaved edits of the profile are only dropped when the operator
     * agrees; otherwise the person shown stays and false is returned.
     */
    public boolean select(long id) {
        if (id == personId.get()) {
            return true;
        }
        if (profile.dirtyProperty().get() && !dialogs.confirm(text.get("discard.title"),
                text.format("discard.message", title.get()))) {
            return false;
        }
        clear();
        if (id < 0) {
            return true;
        }
        personId.set(id);
        shown.set(true);
        loadOverview(id);
        if (DetailTab.PROFILE.readableBy(actor)) {
            profile.load(id);
        }
        owner.load(id);
        if (DetailTab.DUPLICATES.readableBy(actor)) {
            duplicates.load(id);
        }
        fetch(current, id);
        return true;
    }

    /** The operator opened a tab: fetch what it shows, once per person. */
    public void tabShown(DetailTab tab) {
        if (tab == null) {
            return;
        }
        current = tab;
        if (personId.get() >= 0) {
            fetch(tab, personId.get());
        }
    }

    /** Withdraws the selected consent (saying how), then lists the person's consents again. */
    public void withdrawConsent() {
        long id = personId.get();
        consentActions.withdraw(selectedConsent.get(), now -> {
            if (personId.get() == id) {
                lists.consents().reload(id);
            }
        });
    }

    /** Exports the selected consent's receipt to the person (a ledger entry, named in the notice). */
    public void exportConsentReceipt(ReceiptFormat format) {
        consentActions.exportReceipt(selectedConsent.get(), format);
    }

    /** Drops everything shown about the person; answers still on their way are ignored. */
    public void clear() {
        generation++;
        personId.set(-1);
        shown.set(false);
        namesOnly.set(false);
        title.set("");
        subtitle.set("");
        overview = null;
        notice.clear();
        consentNotice.clear();
        selectedConsent.set(null);
        profile.clear();
        owner.clear();
        lists.clear();
        duplicates.clear();
        communications.clear();
        updateTabs();
    }

    // ---------------------------------------------------------------- Plumbing

    private void loadOverview(long id) {
        long asked = generation;
        executor.execute(BackgroundTask.of(text.get("task.overview"), progress -> records.overview(actor, id))
                .onSuccess(loaded -> {
                    if (asked == generation) {
                        showOverview(loaded);
                    }
                })
                .onFailure(error -> {
                    if (asked == generation) {
                        failures.report(error, notice);
                    }
                }));
    }

    private void showOverview(PersonOverview loaded) {
        overview = loaded;
        PersonProfile p = loaded.profile();
        String name = PeopleText.name(p.firstName(), p.lastName());
        title.set(name.isEmpty() ? text.format("detail.unnamed", p.id()) : name);
        namesOnly.set(p.namesOnly());
        subtitle.set(p.namesOnly() ? text.format("detail.subtitle.namesOnly", p.id())
                : text.format("detail.subtitle", text.kind(p.kind()), text.orNone(p.company()), p.id()));
        updateTabs();
    }

    /** After a save or merge: the header, the lists and the duplicates may all have changed. */
    private void changed(long id) {
        if (id == personId.get()) {
            generation++;
            loadOverview(id);
            lists.clear();
            fetch(current, id);
            if (DetailTab.DUPLICATES.readableBy(actor)) {
                duplicates.load(id);
            }
        }
        onChanged.accept(id);
    }

    /**
     * A sales representative reads the person's disclosures only while the person is their
     * customer: the tab follows the owner, and its list is read again when the owner changes.
     */
    private void ownerChanged() {
        if (LedgerReader.readsOwnOnly(actor)) {
            lists.disclosures().clear();
            if (personId.get() >= 0) {
                fetch(current, personId.get());
            }
        }
        updateTabs();
    }

    /** Fetches what the tab shows, unless the operator may not read it for this person. */
    private void fetch(DetailTab tab, long id) {
        if (tab != DetailTab.DISCLOSURES || disclosuresReadable()) {
            lists.show(tab, id);
        }
    }

    /** Whether the operator reads the disclosures about the person shown: all of them, or their customer's. */
    private boolean disclosuresReadable() {
        return !LedgerReader.readsOwnOnly(actor) || owner.ownedByActor();
    }

    private void updateTabs() {
        List<DetailTab> visible = new ArrayList<>();
        if (overview != null) {
            for (DetailTab tab : DetailTab.values()) {
                if (tab.readableBy(actor) && (!tab.onlyWhenFilled() || filled(tab))
                        && (tab != DetailTab.DISCLOSURES || disclosuresReadable())) {
                    visible.add(tab);
                }
                tabTitles.get(tab).set(titleOf(tab));
            }
        }
        if (!visible.equals(tabs)) {
            tabs.setAll(visible);
        }
    }

    private boolean filled(DetailTab tab) {
        return tab == DetailTab.DUPLICATES ? !duplicates.candidates().isEmpty() : count(tab) > 0;
    }

    private String titleOf(DetailTab tab) {
        String name = text.named("tab", tab);
        if (tab == DetailTab.DUPLICATES) {
            return text.format("tab.counted", name, duplicates.candidates().size());
        }
        return tab.counted().isEmpty() ? name : text.format("tab.counted", name, count(tab));
    }

    /** The records the tab's categories hold for the person; categories not shown count nothing. */
    private long count(DetailTab tab) {
        long sum = 0;
        for (CategoryCount c : overview.categories()) {
            if (c.shown() && tab.counted().contains(c.category())) {
                sum += c.count();
            }
        }
        return sum;
    }
}
