package com.custodia.ui.people;

import com.custodia.service.consent.ConsentService.ConsentView;
import com.custodia.service.consent.ReceiptFormat;
import com.custodia.service.history.HistoryEntry;
import com.custodia.service.ledger.LedgerEntryView;
import com.custodia.service.partners.PartnerDisclosures;
import com.custodia.service.people.PersonRecordViews.CorrespondenceView;
import com.custodia.service.people.PersonRecordViews.ForumPostView;
import com.custodia.service.people.PersonRecordViews.JobApplicationView;
import com.custodia.service.people.PersonRecordViews.LicenseView;
import com.custodia.service.people.PersonRecordViews.OrderView;
import com.custodia.service.people.PersonRecordViews.PointOfContactView;
import com.custodia.service.people.PersonRecordViews.WebVisitView;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.SectionBar;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.consent.ConsentActions;
import com.custodia.ui.people.DetailLists.Preference;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * Code-behind of {@code fxml/people/PersonDetail.fxml}: the header and the tabs of the person
 * selected, bound to {@link PersonDetailViewModel}. It shows the tabs the model lists, tells the
 * model which tab the operator opened, and hosts the profile and duplicates views.
 */
final class PersonDetailView {

    private final PersonDetailViewModel model;
    private final PeopleText text;
    private final Clock clock;
    private final Parent root;
    private final Map<DetailTab, Tab> tabOf = new EnumMap<>(DetailTab.class);
    private final ProfileView profileView;
    private final DuplicatesView duplicatesView;
    private final AccountOwnerView ownerView;
    private final PreferenceChoiceView choiceView;
    private final ContactLogView contactView;

    @FXML private Label detailNone;
    @FXML private Node detailPane;
    @FXML private Label detailTitle;
    @FXML private Label detailSubtitle;
    @FXML private Label detailNotice;
    @FXML private Label namesOnlyNote;
    @FXML private VBox headerOwnerSlot;
    @FXML private TabPane tabPane;
    @FXML private FlowPane sectionBar;

    @FXML private Tab profileTab;
    @FXML private Tab licensesTab;
    @FXML private Tab ordersTab;
    @FXML private Tab analyticsTab;
    @FXML private Tab communicationsTab;
    @FXML private Tab consentsTab;
    @FXML private Tab applicationsTab;
    @FXML private Tab historyTab;
    @FXML private Tab disclosuresTab;
    @FXML private Tab partnersTab;
    @FXML private Tab duplicatesTab;

    @FXML private Label licensesNotice;
    @FXML private TableView<LicenseView> licensesTable;
    @FXML private Label ordersNotice;
    @FXML private TableView<OrderView> ordersTable;
    @FXML private Label visitsSummary;
    @FXML private Button visitsNewer;
    @FXML private Button visitsOlder;
    @FXML private Label visitsNotice;
    @FXML private TableView<WebVisitView> visitsTable;
    @FXML private Label preferencesNotice;
    @FXML private TableView<Preference> preferencesTable;
    @FXML private Label correspondenceNotice;
    @FXML private TableView<CorrespondenceView> correspondenceTable;
    @FXML private Label forumPostsNotice;
    @FXML private TableView<ForumPostView> forumPostsTable;
    @FXML private Label pointsOfContactNotice;
    @FXML private TableView<PointOfContactView> pointsOfContactTable;
    @FXML private VBox choiceSlot;
    @FXML private VBox contactSlot;
    @FXML private Label consentsNotice;
    @FXML private TableView<ConsentView> consentsTable;
    @FXML private Node consentActionsBox;
    @FXML private ComboBox<String> consentHowBox;
    @FXML private Button consentWithdrawButton;
    @FXML private Button consentJsonButton;
    @FXML private Button consentPdfButton;
    @FXML private Label consentActionNotice;
    @FXML private Label applicationsNotice;
    @FXML private TableView<JobApplicationView> applicationsTable;
    @FXML private Label historyNotice;
    @FXML private TableView<HistoryEntry> historyTable;
    @FXML private Label disclosuresSummary;
    @FXML private Button disclosuresNewer;
    @FXML private Button disclosuresOlder;
    @FXML private Label disclosuresNotice;
    @FXML private TableView<LedgerEntryView> disclosuresTable;
    @FXML private Label partnersNotice;
    @FXML private TableView<PartnerDisclosures.PartnerAccess> partnerAccessTable;
    @FXML private TableView<PartnerDisclosures.PartnerDisclosure> partnerReceivedTable;

    PersonDetailView(PersonDetailViewModel model, PeopleText text, ViewLoader views, Clock clock) {
        this.model = model;
        this.text = text;
        this.clock = clock;
        this.profileView = new ProfileView(model.profile(), text, views);
        this.duplicatesView = new DuplicatesView(model.duplicates(), text, views);
        this.ownerView = new AccountOwnerView(model.owner(), views);
        this.choiceView = new PreferenceChoiceView(model.communications(), views);
        this.contactView = new ContactLogView(model.communications(), views);
        this.root = views.load(PeopleScreen.FEATURE, "PersonDetail", this);
    }

    /** Withdraw and receipt export under the person's consents, as on the Consent &amp; testimonials screen. */
    private void bindConsentActions() {
        ConsentActions actions = model.consentActions();
        NoticeLabels.bind(consentActionNotice, actions.notice(), true);
        NoticeLabels.showWhen(consentActionsBox, new SimpleBooleanProperty(actions.mayManage()));
        consentsTable.getSelectionModel().selectedItemProperty()
                .addListener((o, was, now) -> model.selectedConsentProperty().set(now));
        consentHowBox.getItems().setAll(ConsentActions.WITHDRAWAL_WAYS);
        consentHowBox.setValue(actions.howProperty().get());
        consentHowBox.valueProperty().addListener((o, was, now) -> actions.howProperty().set(now));
        consentHowBox.getEditor().textProperty().addListener((o, was, now) -> actions.howProperty().set(now));
        var selected = model.selectedConsentProperty();
        var notGranted = Bindings.createBooleanBinding(() -> selected.get() == null
                || !"GRANTED".equals(selected.get().status()), selected);
        consentWithdrawButton.disableProperty().bind(notGranted.or(actions.busyProperty()));
        consentJsonButton.disableProperty().bind(selected.isNull().or(actions.busyProperty()));
        consentPdfButton.disableProperty().bind(selected.isNull().or(actions.busyProperty()));
    }

    @FXML private void onWithdrawConsent() { model.withdrawConsent(); }

    @FXML private void onConsentReceiptJson() { model.exportConsentReceipt(ReceiptFormat.JSON); }

    @FXML private void onConsentReceiptPdf() { model.exportConsentReceipt(ReceiptFormat.PDF); }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        NoticeLabels.showWhen(detailNone, model.shownProperty().not());
        NoticeLabels.showWhen(detailPane, model.shownProperty());
        detailTitle.textProperty().bind(model.titleProperty());
        detailSubtitle.textProperty().bind(model.subtitleProperty());
        NoticeLabels.bind(detailNotice, model.notice(), true);
        NoticeLabels.showWhen(namesOnlyNote, model.namesOnlyProperty());
        profileTab.setContent(profileView.root());
        if (model.ownerOnProfile()) {
            profileView.showOwner(ownerView.root());
        } else {
            headerOwnerSlot.getChildren().setAll(ownerView.root());
        }
        duplicatesTab.setContent(duplicatesView.root());
        showCommunicationActions();
        SectionBar.attach(sectionBar, tabPane);
        bindTabs();
        bindLists();
    }

    /** Recording choices and logging contacts, only for the roles that may: hidden, not merely disabled. */
    private void showCommunicationActions() {
        CommunicationActions actions = model.communications();
        choiceSlot.getChildren().setAll(choiceView.root());
        NoticeLabels.showWhen(choiceSlot, new SimpleBooleanProperty(actions.mayChoose()));
        if (actions.mayChoose()) {
            choiceView.follow(preferencesTable);
        }
        contactSlot.getChildren().setAll(contactView.root());
        NoticeLabels.showWhen(contactSlot, new SimpleBooleanProperty(actions.mayLog()));
    }

    private void bindTabs() {
        tabOf.put(DetailTab.PROFILE, profileTab);
        tabOf.put(DetailTab.LICENSES, licensesTab);
        tabOf.put(DetailTab.ORDERS, ordersTab);
        tabOf.put(DetailTab.ANALYTICS, analyticsTab);
        tabOf.put(DetailTab.COMMUNICATIONS, communicationsTab);
        tabOf.put(DetailTab.CONSENTS, consentsTab);
        tabOf.put(DetailTab.APPLICATIONS, applicationsTab);
        tabOf.put(DetailTab.HISTORY, historyTab);
        tabOf.put(DetailTab.DISCLOSURES, disclosuresTab);
        tabOf.put(DetailTab.PARTNERS, partnersTab);
        tabOf.put(DetailTab.DUPLICATES, duplicatesTab);
        tabOf.forEach((kind, tab) -> {
            tab.textProperty().bind(model.tabTitle(kind));
            tab.setUserData(kind);
        });
        model.tabs().addListener((ListChangeListener<DetailTab>) change -> showTabs());
        tabPane.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                model.tabShown(now == null ? null : (DetailTab) now.getUserData()));
        showTabs();
    }

    /** The model's tabs, keeping the operator's tab open when it is still there. */
    private void showTabs() {
        Tab selected = tabPane.getSelectionModel().getSelectedItem();
        List<Tab> wanted = model.tabs().stream().map(tabOf::get).toList();
        if (!wanted.equals(tabPane.getTabs())) {
            tabPane.getTabs().setAll(wanted);
            if (selected != null && wanted.contains(selected)) {
                tabPane.getSelectionModel().select(selected);
            }
        }
    }

    private void bindLists() {
        DetailLists lists = model.lists();
        DetailColumns columns = new DetailColumns(text);
        columns.licenses(licensesTable);
        show(lists.licenses(), licensesTable, licensesNotice);
        columns.orders(ordersTable);
        show(lists.orders(), ordersTable, ordersNotice);
        columns.visits(visitsTable);
        show(lists.visits(), visitsTable, visitsNotice, visitsSummary, visitsNewer, visitsOlder);
        columns.preferences(preferencesTable);
        show(lists.preferences(), preferencesTable, preferencesNotice);
        columns.correspondence(correspondenceTable);
        show(lists.correspondence(), correspondenceTable, correspondenceNotice);
        columns.forumPosts(forumPostsTable);
        show(lists.forumPosts(), forumPostsTable, forumPostsNotice);
        columns.pointsOfContact(pointsOfContactTable);
        show(lists.pointsOfContact(), pointsOfContactTable, pointsOfContactNotice);
        columns.consents(consentsTable);
        show(lists.consents(), consentsTable, consentsNotice);
        bindConsentActions();
        columns.applications(applicationsTable);
        show(lists.applications(), applicationsTable, applicationsNotice);
        columns.history(historyTable);
        show(lists.history(), historyTable, historyNotice);
        columns.disclosures(disclosuresTable, clock::instant);
        show(lists.disclosures(), disclosuresTable, disclosuresNotice, disclosuresSummary, disclosuresNewer,
                disclosuresOlder);
        columns.partnerAccess(partnerAccessTable);
        partnerAccessTable.setItems(lists.partnerAccess());
        columns.partnerReceived(partnerReceivedTable);
        partnerReceivedTable.setItems(lists.partnerReceived());
        lists.partnerReceivedShown().addListener((obs, was, shown) -> Columns.empty(partnerReceivedTable,
                text.get(shown ? "partners.received.empty" : "partners.received.hidden")));
        NoticeLabels.bind(partnersNotice, lists.partners().notice(), false);
    }

    private static <T> void show(PersonPart<T> part, TableView<T> table, Label notice) {
        table.setItems(part.items());
        NoticeLabels.bind(notice, part.notice(), false);
    }

    private static <T> void show(PersonPages<T, ?> pages, TableView<T> table, Label notice, Label summary,
                                 Button newer, Button older) {
        table.setItems(pages.rows());
        NoticeLabels.bind(notice, pages.notice(), false);
        summary.textProperty().bind(pages.summaryProperty());
        newer.disableProperty().bind(pages.hasNewerProperty().not().or(pages.loadingProperty()));
        older.disableProperty().bind(pages.hasOlderProperty().not().or(pages.loadingProperty()));
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onVisitsNewer() { model.lists().visits().newer(); }
    @FXML private void onVisitsOlder() { model.lists().visits().older(); }
    @FXML private void onDisclosuresNewer() { model.lists().disclosures().newer(); }
    @FXML private void onDisclosuresOlder() { model.lists().disclosures().older(); }

    /** Closes the conflict dialog if one is open. */
    void dispose() {
        profileView.dispose();
    }
}
