package com.custodia.ui.partners;

import com.custodia.domain.GrantPurpose;
import com.custodia.domain.GrantScope;
import com.custodia.domain.LicenseField;
import com.custodia.domain.PartnerRegistrationStatus;
import com.custodia.domain.PartnerTier;
import com.custodia.service.partners.GrantEventView;
import com.custodia.service.partners.GrantView;
import com.custodia.service.partners.PartnerDisclosures.PartnerDisclosure;
import com.custodia.service.partners.PartnerView;
import com.custodia.service.partners.ShareFormat;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.util.StringConverter;

/**
 * Code-behind of {@code fxml/partners/Partners.fxml}: binds the four tabs to
 * {@link PartnersViewModel} and its parts and forwards each action to them in one line.
 */
public final class PartnersView implements ScreenView {

    private final PartnersViewModel model;
    private final PartnersText text;
    private final Parent root;
    /** Every partner choice of the screen offers these, in the table's order. */
    private final java.util.Map<ComboBox<PartnerView>, javafx.beans.property.ObjectProperty<PartnerView>> partnerChoices =
            new java.util.LinkedHashMap<>();

    @FXML private Label agreementLabel;
    @FXML private Button refreshButton;

    @FXML private Button newPartnerButton;
    @FXML private Button editPartnerButton;
    @FXML private Button renewPartnerButton;
    @FXML private Label partnersNotice;
    @FXML private TableView<PartnerView> partnersTable;
    @FXML private TableColumn<PartnerView, String> nameColumn;
    @FXML private TableColumn<PartnerView, String> tierColumn;
    @FXML private TableColumn<PartnerView, String> agreementColumn;
    @FXML private TableColumn<PartnerView, String> untilColumn;
    @FXML private TableColumn<PartnerView, String> stateColumn;
    @FXML private Node partnerDetailScroll;
    @FXML private Label partnerNone;
    @FXML private Node partnerDetail;
    @FXML private Label partnerTitle;
    @FXML private Label partnerStanding;
    @FXML private Label partnerAgreement;
    @FXML private Label partnerRegistration;
    @FXML private Label partnerTier;
    @FXML private Label partnerContacts;
    @FXML private Node partnerFormPanel;
    @FXML private Label formTitle;
    @FXML private TextField formName;
    @FXML private TextField formReference;
    @FXML private TextField formVersion;
    @FXML private ComboBox<PartnerRegistrationStatus> formStatus;
    @FXML private DatePicker formFrom;
    @FXML private DatePicker formUntil;
    @FXML private ComboBox<PartnerTier> formTier;
    @FXML private TextArea formContacts;
    @FXML private Label formNotice;
    @FXML private Button formSave;
    @FXML private Node renewalPanel;
    @FXML private Label renewalTitle;
    @FXML private DatePicker renewalUntil;
    @FXML private TextField renewalVersion;
    @FXML private TextField renewalReference;
    @FXML private TextArea renewalReason;
    @FXML private Label renewalNotice;
    @FXML private Button renewalSave;

    @FXML private ComboBox<PartnerView> grantsFilter;
    @FXML private Button grantButton;
    @FXML private Button renewGrantButton;
    @FXML private Button revokeGrantButton;
    @FXML private ComboBox<ShareFormat> exportFormat;
    @FXML private Button exportButton;
    @FXML private Node exportProgressBox;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportMessage;
    @FXML private Label grantsNotice;
    @FXML private TableView<GrantView> grantsTable;
    @FXML private TableColumn<GrantView, String> grantIdColumn;
    @FXML private TableColumn<GrantView, String> grantPartnerColumn;
    @FXML private TableColumn<GrantView, String> grantScopeColumn;
    @FXML private TableColumn<GrantView, String> grantFieldsColumn;
    @FXML private TableColumn<GrantView, String> grantPurposeColumn;
    @FXML private TableColumn<GrantView, String> grantValidityColumn;
    @FXML private TableColumn<GrantView, String> grantStateColumn;
    @FXML private TableColumn<GrantView, String> grantWarningColumn;
    @FXML private Node grantDetailScroll;
    @FXML private Label grantNone;
    @FXML private Node grantDetail;
    @FXML private Label grantTitle;
    @FXML private Label grantWarning;
    @FXML private Label grantGranted;
    @FXML private Label grantRevoked;
    @FXML private ListView<GrantEventView> grantEvents;
    @FXML private Node grantFormPanel;
    @FXML private ComboBox<PartnerView> grantFormPartner;
    @FXML private ComboBox<GrantScope> grantFormScope;
    @FXML private Label grantFormPersonsLabel;
    @FXML private TextField grantFormPersons;
    @FXML private Label grantFormProductsLabel;
    @FXML private TextField grantFormProducts;
    @FXML private Pane grantFormFields;
    @FXML private ComboBox<GrantPurpose> grantFormPurpose;
    @FXML private DatePicker grantFormFrom;
    @FXML private DatePicker grantFormUntil;
    @FXML private TextField grantFormReason;
    @FXML private Label grantFormNotice;
    @FXML private Button grantFormSave;
    @FXML private Node grantActionPanel;
    @FXML private Label actionTitle;
    @FXML private Label actionExplain;
    @FXML private Node actionUntilBox;
    @FXML private DatePicker actionUntil;
    @FXML private TextField actionReason;
    @FXML private Label actionNotice;
    @FXML private Button actionSave;

    @FXML private ComboBox<PartnerView> lookupPartner;
    @FXML private TextField lookupKey;
    @FXML private Button lookupButton;
    @FXML private Label lookupResult;
    @FXML private Label lookupNote;
    @FXML private TableView<LookupViewModel.Row> lookupTable;
    @FXML private TableColumn<LookupViewModel.Row, String> lookupFieldColumn;
    @FXML private TableColumn<LookupViewModel.Row, String> lookupValueColumn;

    @FXML private ComboBox<PartnerView> historyPartner;
    @FXML private Label historySummary;
    @FXML private Label historyNotice;
    @FXML private TableView<HistoryViewModel.Month> monthsTable;
    @FXML private TableColumn<HistoryViewModel.Month, String> monthColumn;
    @FXML private TableColumn<HistoryViewModel.Month, String> countColumn;
    @FXML private TableView<PartnerDisclosure> entriesTable;
    @FXML private TableColumn<PartnerDisclosure, String> seqColumn;
    @FXML private TableColumn<PartnerDisclosure, String> timeColumn;
    @FXML private TableColumn<PartnerDisclosure, String> operatorColumn;
    @FXML private TableColumn<PartnerDisclosure, String> entryGrantColumn;
    @FXML private TableColumn<PartnerDisclosure, String> channelColumn;
    @FXML private TableColumn<PartnerDisclosure, String> entryFieldsColumn;
    @FXML private TableColumn<PartnerDisclosure, String> personsColumn;
    @FXML private TableColumn<PartnerDisclosure, String> hashColumn;

    public PartnersView(PartnersViewModel model, ViewLoader views) {
        this.model = model;
        this.text = model.text();
        this.root = views.load(PartnersScreen.FEATURE, "Partners", this);
    }

    @FXML
    private void initialize() {
        agreementLabel.textProperty().bind(model.agreementProperty());
        refreshButton.disableProperty().bind(model.busyProperty());
        bindPartners();
        bindPartnerPanels();
        bindGrants();
        bindGrantPanels();
        bindLookup();
        bindHistory();
        model.partners().addListener((ListChangeListener<PartnerView>) c -> offerPartners());
        offerPartners();
    }

    // ---------------------------------------------------------------- Partners

    private void bindPartners() {
        boolean manage = model.mayManage();
        newPartnerButton.setDisable(!manage);
        editPartnerButton.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        renewPartnerButton.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        NoticeLabels.bind(partnersNotice, model.notice(), false);
        partnersTable.setItems(model.partners());
        cell(nameColumn, PartnerView::name);
        cell(tierColumn, model::tierText);
        cell(agreementColumn, model::agreementText);
        cell(untilColumn, model::untilText);
        cell(stateColumn, model::standingText);
        partnersTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(PartnerView p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("partner-expiring", "partner-blocked");
                // the whole sentence, for a Standing cell cut short
                setTooltip(empty || p == null ? null : new Tooltip(p.standing()));
                if (!empty && p != null) {
                    if (model.highlighted(p)) {
                        getStyleClass().add("partner-expiring");
                    } else if (model.blocked(p)) {
                        getStyleClass().add("partner-blocked");
                    }
                }
            }
        });
        partnersTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != model.selectedProperty().get()) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                partnersTable.getSelectionModel().clearSelection();
            } else if (partnersTable.getSelectionModel().getSelectedItem() != now) {
                partnersTable.getSelectionModel().select(now);
            }
        });
        NoticeLabels.showWhen(partnerNone, model.selectedProperty().isNull());
        NoticeLabels.showWhen(partnerDetail, model.selectedProperty().isNotNull());
        partnerTitle.textProperty().bind(model.detailTitleProperty());
        partnerStanding.textProperty().bind(model.detailStandingProperty());
        partnerAgreement.textProperty().bind(model.detailAgreementProperty());
        partnerRegistration.textProperty().bind(model.detailRegistrationProperty());
        partnerTier.textProperty().bind(model.detailTierProperty());
        partnerContacts.textProperty().bind(model.detailContactsProperty());
    }

    private void bindPartnerPanels() {
        PartnerForm form = model.form();
        RenewalForm renewal = model.renewal();
        NoticeLabels.showWhen(partnerFormPanel, form.openProperty());
        NoticeLabels.showWhen(renewalPanel, renewal.openProperty());
        NoticeLabels.showWhen(partnerDetailScroll, form.openProperty().not().and(renewal.openProperty().not()));
        formTitle.textProperty().bind(form.titleProperty());
        formName.textProperty().bindBidirectional(form.nameProperty());
        formReference.textProperty().bindBidirectional(form.agreementReferenceProperty());
        formVersion.textProperty().bindBidirectional(form.agreementVersionProperty());
        choices(formStatus, PartnerRegistrationStatus.values(), s -> text.named("status", s));
        formStatus.valueProperty().bindBidirectional(form.statusProperty());
        formFrom.valueProperty().bindBidirectional(form.registeredFromProperty());
        formUntil.valueProperty().bindBidirectional(form.registeredUntilProperty());
        choices(formTier, PartnerTier.values(), t -> text.named("tier", t));
        formTier.valueProperty().bindBidirectional(form.tierProperty());
        formContacts.textProperty().bindBidirectional(form.contactsProperty());
        NoticeLabels.bind(formNotice, form.notice(), false);
        formSave.disableProperty().bind(model.busyProperty());

        renewalTitle.textProperty().bind(renewal.titleProperty());
        renewalUntil.valueProperty().bindBidirectional(renewal.untilProperty());
        renewalVersion.textProperty().bindBidirectional(renewal.agreementVersionProperty());
        renewalReference.textProperty().bindBidirectional(renewal.agreementReferenceProperty());
        renewalReason.textProperty().bindBidirectional(renewal.reasonProperty());
        NoticeLabels.bind(renewalNotice, renewal.notice(), false);
        renewalSave.disableProperty().bind(model.busyProperty());
    }

    // ---------------------------------------------------------------- Grants

    private void bindGrants() {
        GrantsViewModel g = model.grants();
        partnerChoice(grantsFilter, text.get("grants.all"), g.filterProperty());
        renewGrantButton.disableProperty().bind(g.canActProperty().not());
        revokeGrantButton.disableProperty().bind(g.canActProperty().not());
        exportButton.disableProperty().bind(g.canActProperty().not().or(g.exportProperty().isNotNull()));
        choices(exportFormat, ShareFormat.values(), ShareFormat::name);
        exportFormat.valueProperty().bindBidirectional(g.formatProperty());
        NoticeLabels.showWhen(exportProgressBox, g.exportProperty().isNotNull());
        g.exportProperty().addListener((o, was, task) -> {
            exportProgress.progressProperty().unbind();
            exportMessage.textProperty().unbind();
            if (task != null) {
                exportProgress.progressProperty().bind(task.progressProperty());
                exportMessage.textProperty().bind(task.messageProperty());
            }
        });
        NoticeLabels.bind(grantsNotice, g.notice(), false);
        grantsTable.setItems(g.rows());
        cell(grantIdColumn, r -> text.format("grant.id", r.id()));
        cell(grantPartnerColumn, GrantView::partnerName);
        cell(grantScopeColumn, g::scopeText);
        cell(grantFieldsColumn, g::fieldsText);
        cell(grantPurposeColumn, g::purposeText);
        cell(grantValidityColumn, g::validityText);
        cell(grantStateColumn, g::stateText);
        cell(grantWarningColumn, g::warningText);
        grantsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(GrantView r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("grant-warning", "grant-ended");
                setTooltip(empty || r == null || r.warning() == null ? null : new Tooltip(r.warning()));
                if (!empty && r != null) {
                    if (r.warning() != null) {
                        getStyleClass().add("grant-warning");
                    } else if (!r.state().answers()) {
                        getStyleClass().add("grant-ended");
                    }
                }
            }
        });
        grantsTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != g.selectedProperty().get()) {
                g.select(now);
            }
        });
        g.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                grantsTable.getSelectionModel().clearSelection();
            } else if (grantsTable.getSelectionModel().getSelectedItem() != now) {
                grantsTable.getSelectionModel().select(now);
            }
            showGrant(now);
        });
        NoticeLabels.showWhen(grantNone, g.selectedProperty().isNull());
        NoticeLabels.showWhen(grantDetail, g.selectedProperty().isNotNull());
        grantEvents.setItems(g.events());
        grantEvents.setCellFactory(list -> new ListCell<>() {
            {
                // wrap within the list rather than scroll sideways
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(GrantEventView e, boolean empty) {
                super.updateItem(e, empty);
                setWrapText(true);
                setText(empty || e == null ? null : g.eventText(e));
            }
        });
        showGrant(null);
    }

    private void showGrant(GrantView r) {
        grantTitle.setText(r == null ? "" : text.format("grantDetail.title", r.id(), r.partnerName()));
        grantWarning.setText(r == null || r.warning() == null ? "" : r.warning());
        NoticeLabels.showWhen(grantWarning, grantWarning.textProperty().isNotEmpty());
        grantGranted.setText(r == null ? "" : text.format("grantDetail.granted", r.grantedBy(), text.time(r.grantedAt()),
                r.reason()));
        grantRevoked.setText(r == null || r.revokedAt() == null ? "" : text.format("grantDetail.revoked",
                r.revokedBy(), text.time(r.revokedAt()), r.revokeReason()));
        NoticeLabels.showWhen(grantRevoked, grantRevoked.textProperty().isNotEmpty());
    }

    private void bindGrantPanels() {
        GrantsViewModel g = model.grants();
        GrantForm form = g.grantForm();
        GrantActionForm action = g.actionForm();
        var actionOpen = action.actionProperty().isNotEqualTo(GrantActionForm.Action.NONE);
        NoticeLabels.showWhen(grantFormPanel, form.openProperty());
        NoticeLabels.showWhen(grantActionPanel, actionOpen);
        NoticeLabels.showWhen(grantDetailScroll, form.openProperty().not().and(actionOpen.not()));
        grantButton.disableProperty().bind(model.busyProperty());

        partnerChoice(grantFormPartner, "", form.partnerProperty());
        choices(grantFormScope, GrantScope.values(), text::scopeKind);
        grantFormScope.valueProperty().bindBidirectional(form.scopeProperty());
        var customers = form.scopeProperty().isEqualTo(GrantScope.CUSTOMERS);
        var products = form.scopeProperty().isEqualTo(GrantScope.PRODUCTS);
        NoticeLabels.showWhen(grantFormPersonsLabel, customers);
        NoticeLabels.showWhen(grantFormPersons, customers);
        NoticeLabels.showWhen(grantFormProductsLabel, products);
        NoticeLabels.showWhen(grantFormProducts, products);
        grantFormPersons.textProperty().bindBidirectional(form.personsProperty());
        grantFormProducts.textProperty().bindBidirectional(form.productsProperty());
        form.fields().forEach((field, ticked) -> {
            CheckBox box = new CheckBox(text.named("field", field));
            box.setId("field-" + field.name());
            box.selectedProperty().bindBidirectional(ticked);
            grantFormFields.getChildren().add(box);
        });
        choices(grantFormPurpose, GrantPurpose.values(), p -> text.named("purpose", p));
        grantFormPurpose.valueProperty().bindBidirectional(form.purposeProperty());
        grantFormFrom.valueProperty().bindBidirectional(form.validFromProperty());
        grantFormUntil.valueProperty().bindBidirectional(form.validUntilProperty());
        grantFormReason.textProperty().bindBidirectional(form.reasonProperty());
        NoticeLabels.bind(grantFormNotice, form.notice(), false);
        grantFormSave.disableProperty().bind(model.busyProperty());

        var renewing = action.actionProperty().isEqualTo(GrantActionForm.Action.RENEW);
        actionTitle.textProperty().bind(action.titleProperty());
        NoticeLabels.showWhen(actionExplain, renewing.not());
        NoticeLabels.showWhen(actionUntilBox, renewing);
        actionUntil.valueProperty().bindBidirectional(action.untilProperty());
        actionReason.textProperty().bindBidirectional(action.reasonProperty());
        NoticeLabels.bind(actionNotice, action.notice(), false);
        actionSave.textProperty().bind(Bindings.when(renewing).then(text.get("action.doRenew"))
                .otherwise(text.get("action.doRevoke")));
        actionSave.disableProperty().bind(model.busyProperty());
    }

    // ---------------------------------------------------------------- Lookup and history

    private void bindLookup() {
        LookupViewModel l = model.lookup();
        partnerChoice(lookupPartner, "", l.partnerProperty());
        lookupKey.textProperty().bindBidirectional(l.keyProperty());
        lookupButton.disableProperty().bind(model.busyProperty());
        NoticeLabels.bind(lookupResult, l.result(), true);
        NoticeLabels.bind(lookupNote, l.note(), false);
        lookupTable.setItems(l.rows());
        cell(lookupFieldColumn, LookupViewModel.Row::field);
        cell(lookupValueColumn, LookupViewModel.Row::value);
        NoticeLabels.showWhen(lookupTable, Bindings.isNotEmpty(l.rows()));
    }

    private void bindHistory() {
        HistoryViewModel h = model.history();
        partnerChoice(historyPartner, "", h.partnerProperty());
        historySummary.textProperty().bind(h.summaryProperty());
        NoticeLabels.bind(historyNotice, h.notice(), false);
        monthsTable.setItems(h.months());
        cell(monthColumn, m -> m.month().toString());
        cell(countColumn, m -> Long.toString(m.count()));
        entriesTable.setItems(h.entries());
        cell(seqColumn, d -> Long.toString(d.seq()));
        cell(timeColumn, h::timeText);
        cell(operatorColumn, PartnerDisclosure::operator);
        cell(entryGrantColumn, PartnerDisclosure::grant);
        cell(channelColumn, PartnerDisclosure::channel);
        cell(entryFieldsColumn, h::fieldsText);
        cell(personsColumn, d -> Long.toString(d.persons()));
        cell(hashColumn, PartnerDisclosure::payloadSha256);
    }

    // ---------------------------------------------------------------- Helpers

    /**
     * The partners offered by every partner choice follow the list; a chosen partner stays chosen
     * by id. The box lets go of the model's property while its items are replaced, since a combo
     * box passes through "nothing chosen" then, which would read as the operator clearing it.
     */
    private void offerPartners() {
        partnerChoices.forEach((box, chosen) -> {
            PartnerView was = chosen.get();
            List<PartnerView> items = new ArrayList<>();
            if (box == grantsFilter) {
                items.add(null);
            }
            items.addAll(model.partners());
            box.valueProperty().unbindBidirectional(chosen);
            box.getItems().setAll(items);
            if (was != null) {
                chosen.set(model.partners().stream().filter(p -> p.id() == was.id()).findFirst().orElse(null));
            }
            box.valueProperty().bindBidirectional(chosen);
        });
    }

    private void partnerChoice(ComboBox<PartnerView> box, String none,
                               javafx.beans.property.ObjectProperty<PartnerView> chosen) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(PartnerView p) {
                return p == null ? none : p.name();
            }

            @Override
            public PartnerView fromString(String string) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(PartnerView p, boolean empty) {
                super.updateItem(p, empty);
                setText(p == null ? none : p.name());
            }
        });
        box.valueProperty().bindBidirectional(chosen);
        partnerChoices.put(box, chosen);
    }

    private static <T> void choices(ComboBox<T> box, T[] values, Function<T, String> name) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
    }

    private static <S> void cell(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue() == null ? ""
                : value.apply(row.getValue())));
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onRefresh() { model.refresh(); }
    @FXML private void onNewPartner() { model.startNew(); }
    @FXML private void onEditPartner() { model.startEdit(); }
    @FXML private void onRenewPartner() { model.startRenewal(); }
    @FXML private void onSavePartner() { model.submitForm(); }
    @FXML private void onSaveRenewal() { model.submitRenewal(); }
    @FXML private void onCancelPartnerPanels() { model.cancelPanels(); }
    @FXML private void onGrant() { model.grants().startGrant(); }
    @FXML private void onRenewGrant() { model.grants().startRenew(); }
    @FXML private void onRevokeGrant() { model.grants().startRevoke(); }
    @FXML private void onSaveGrant() { model.grants().submitGrant(); }
    @FXML private void onSaveAction() { model.grants().submitAction(); }
    @FXML private void onCancelGrantPanels() { model.grants().cancelPanels(); }
    @FXML private void onExport() { model.grants().exportPackage(); }
    @FXML private void onCancelExport() { model.grants().cancelExport(); }
    @FXML private void onLookup() { model.lookup().lookUp(); }

    // ---------------------------------------------------------------- ScreenView

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}
