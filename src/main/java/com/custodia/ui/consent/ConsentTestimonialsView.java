package com.custodia.ui.consent;

import com.custodia.domain.Attribution;
import com.custodia.domain.CampaignKind;
import com.custodia.domain.CampaignRunner;
import com.custodia.domain.ConsentStatus;
import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementSource;
import com.custodia.domain.StatementStatus;
import com.custodia.service.consent.CampaignView;
import com.custodia.service.consent.ConsentService.ConsentView;
import com.custodia.service.consent.PolicyVersionView;
import com.custodia.service.consent.ReceiptFormat;
import com.custodia.service.consent.StatementView;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * Code-behind of {@code fxml/consent/ConsentTestimonials.fxml}: three tabs (consents, campaigns,
 * statements), each bound to its view model. Actions a role may not take are hidden; the
 * services refuse them all the same.
 */
public final class ConsentTestimonialsView implements ScreenView {

    private final ConsentsViewModel consents;
    private final CampaignsViewModel campaigns;
    private final StatementsViewModel statements;
    private final ConsentText text;
    private final Parent root;

    @FXML private Node busyBar;
    // consents
    @FXML private TextField purposeField;
    @FXML private ComboBox<Choice<ConsentStatus>> statusBox;
    @FXML private ComboBox<Choice<PolicyVersionView>> versionBox;
    @FXML private CheckBox reconfirmCheck;
    @FXML private Label consentsSummary;
    @FXML private Label consentsNotice;
    @FXML private TableView<ConsentView> consentsTable;
    @FXML private TextArea receiptArea;
    @FXML private ComboBox<String> howBox;
    @FXML private Button withdrawButton;
    @FXML private Button receiptJsonButton;
    @FXML private Button receiptPdfButton;
    // campaigns
    @FXML private Label campaignsNotice;
    @FXML private TableView<CampaignView> campaignsTable;
    @FXML private Node createBox;
    @FXML private TextField campaignNameField;
    @FXML private ComboBox<Choice<CampaignKind>> kindBox;
    @FXML private ComboBox<Choice<CampaignRunner>> runByBox;
    @FXML private TextField runnerNameField;
    @FXML private TextField campaignPurposeField;
    @FXML private Label campaignDetail;
    @FXML private Label gateLabel;
    @FXML private ListView<String> contactsList;
    @FXML private Node pickBox;
    @FXML private Node handOverBox;
    @FXML private TextField candidatesField;
    @FXML private ListView<String> excludedList;
    // statements
    @FXML private ComboBox<Choice<StatementStatus>> statementStatusBox;
    @FXML private Label statementsNotice;
    @FXML private TableView<StatementView> statementsTable;
    @FXML private Label statementFacts;
    @FXML private TextArea statementTextArea;
    @FXML private Button saveTextButton;
    @FXML private Button askButton;
    @FXML private Node consentBox;
    @FXML private ComboBox<Choice<StatementMedium>> consentMediumBox;
    @FXML private TextField methodField;
    @FXML private Node publishBox;
    @FXML private ComboBox<Choice<StatementMedium>> publishMediumBox;
    @FXML private TextField placeField;
    @FXML private Node withdrawStatementBox;
    @FXML private ComboBox<String> statementHowBox;
    @FXML private ListView<String> takeDownList;
    @FXML private Node newStatementPane;
    @FXML private TextField newPersonField;
    @FXML private ComboBox<Choice<StatementSource>> newSourceBox;
    @FXML private ComboBox<Choice<StatementMedium>> newMediumBox;
    @FXML private ComboBox<Choice<Attribution>> newAttributionBox;
    @FXML private TextField newIncentiveField;
    @FXML private TextArea newStatementText;
    @FXML private Button recordStatementButton;

    public ConsentTestimonialsView(ConsentsViewModel consents, CampaignsViewModel campaigns,
                                   StatementsViewModel statements, ConsentText text, ViewLoader views) {
        this.consents = consents;
        this.campaigns = campaigns;
        this.statements = statements;
        this.text = text;
        this.root = views.load(ConsentScreen.FEATURE, "ConsentTestimonials", this);
    }

    @FXML
    private void initialize() {
        NoticeLabels.showWhen(busyBar, consents.busyProperty().or(campaigns.busyProperty())
                .or(statements.busyProperty()).or(consents.actions().busyProperty()));
        bindConsents();
        bindCampaigns();
        bindStatements();
    }

    // ---------------------------------------------------------------- Consents

    private void bindConsents() {
        NoticeLabels.bind(consentsNotice, consents.notice(), true);
        consentsSummary.textProperty().bind(consents.summaryProperty());
        purposeField.textProperty().bindBidirectional(consents.purposeProperty());
        reconfirmCheck.selectedProperty().bindBidirectional(consents.needsReconfirmationProperty());
        List<Choice<ConsentStatus>> statuses = new ArrayList<>();
        statuses.add(new Choice<>(null, text.get("filter.anyStatus")));
        for (ConsentStatus s : ConsentStatus.values()) {
            statuses.add(new Choice<>(s, text.words("consentStatus", s.name())));
        }
        choose(statusBox, statuses, consents.statusProperty());
        rebuildVersions();
        consents.versions().addListener((ListChangeListener<PolicyVersionView>) c -> rebuildVersions());
        versionBox.valueProperty().addListener((o, was, now) -> {
            if (now != null && !Objects.equals(now.value(), consents.versionProperty().get())) {
                consents.versionProperty().set(now.value());
            }
        });
        consents.versionProperty().addListener((o, was, now) -> selectVersion(now));

        consentsTable.setItems(consents.rows());
        column(consentsTable, "column.id", 55, c -> String.valueOf(c.id()));
        column(consentsTable, "column.person", 70, c -> String.valueOf(c.personId()));
        column(consentsTable, "column.purpose", 180, ConsentView::purpose);
        column(consentsTable, "column.status", 120, c -> text.words("consentStatus", c.status())
                + (c.needsReconfirmation() ? " · " + text.get("consent.reconfirm") : ""));
        column(consentsTable, "column.version", 90, c -> c.policyVersionLabel() == null ? ""
                : c.policyVersionLabel());
        column(consentsTable, "column.given", 130, c -> text.time(c.givenAt()));
        column(consentsTable, "column.withdrawn", 130, c -> text.time(c.withdrawnAt()));
        consentsTable.getSelectionModel().selectedItemProperty()
                .addListener((o, was, now) -> consents.selectedProperty().set(now));
        consents.selectedProperty().addListener((o, was, now) -> {
            if (consentsTable.getSelectionModel().getSelectedItem() != now) {
                if (now == null) {
                    consentsTable.getSelectionModel().clearSelection();
                } else {
                    consentsTable.getSelectionModel().select(now);
                }
            }
        });
        receiptArea.textProperty().bind(consents.detailProperty());

        ConsentActions actions = consents.actions();
        howBox.getItems().setAll(ConsentActions.WITHDRAWAL_WAYS);
        howBox.setValue(actions.howProperty().get());
        howBox.valueProperty().addListener((o, was, now) -> actions.howProperty().set(now));
        howBox.getEditor().textProperty().addListener((o, was, now) -> actions.howProperty().set(now));
        var noneSelected = consents.selectedProperty().isNull();
        var notGranted = javafx.beans.binding.Bindings.createBooleanBinding(() -> consents.selectedProperty().get()
                == null || !ConsentStatus.GRANTED.name().equals(consents.selectedProperty().get().status()),
                consents.selectedProperty());
        withdrawButton.disableProperty().bind(notGranted.or(actions.busyProperty()));
        receiptJsonButton.disableProperty().bind(noneSelected.or(actions.busyProperty()));
        receiptPdfButton.disableProperty().bind(noneSelected.or(actions.busyProperty()));
        boolean manage = actions.mayManage();
        for (Node n : List.of(withdrawButton, receiptJsonButton, receiptPdfButton, howBox)) {
            n.setVisible(manage);
            n.setManaged(manage);
        }
    }

    private void rebuildVersions() {
        List<Choice<PolicyVersionView>> items = new ArrayList<>();
        items.add(new Choice<>(null, text.get("filter.anyVersion")));
        consents.versions().forEach(v -> items.add(new Choice<>(v, v.label())));
        versionBox.getItems().setAll(items);
        selectVersion(consents.versionProperty().get());
    }

    private void selectVersion(PolicyVersionView version) {
        for (Choice<PolicyVersionView> c : versionBox.getItems()) {
            boolean same = version == null ? c.value() == null : c.value() != null && c.value().id() == version.id();
            if (same) {
                versionBox.setValue(c);
                return;
            }
        }
    }

    // ---------------------------------------------------------------- Campaigns

    private void bindCampaigns() {
        NoticeLabels.bind(campaignsNotice, campaigns.notice(), true);
        campaignsTable.setItems(campaigns.rows());
        column(campaignsTable, "column.name", 180, CampaignView::name);
        column(campaignsTable, "column.kind", 140, c -> text.words("kind", c.kind()));
        column(campaignsTable, "column.runBy", 150, c -> text.words("runner", c.runBy())
                + (c.runnerName() == null ? "" : " — " + c.runnerName()));
        column(campaignsTable, "column.contacts", 70, c -> String.valueOf(c.contacts()));
        column(campaignsTable, "column.handedOver", 90, c -> c.handedOverSeq() == null ? ""
                : "#" + c.handedOverSeq());
        campaignsTable.getSelectionModel().selectedItemProperty()
                .addListener((o, was, now) -> campaigns.selectedProperty().set(now));
        campaigns.selectedProperty().addListener((o, was, now) -> {
            campaignDetail.setText(campaigns.describe(now));
            if (campaignsTable.getSelectionModel().getSelectedItem() != now && now != null) {
                campaignsTable.getSelectionModel().select(now);
            }
        });
        gateLabel.textProperty().bind(campaigns.gateProperty());
        NoticeLabels.showWhen(gateLabel, campaigns.gateProperty().isNotEmpty());
        campaigns.gateAllowsProperty().addListener((o, was, now) -> {
            gateLabel.getStyleClass().removeAll("gate-allows", "gate-refuses");
            gateLabel.getStyleClass().add(now ? "gate-allows" : "gate-refuses");
        });
        gateLabel.getStyleClass().add("gate-refuses");
        contactsList.setItems(campaigns.contacts());
        excludedList.setItems(campaigns.excluded());
        campaignNameField.textProperty().bindBidirectional(campaigns.nameProperty());
        runnerNameField.textProperty().bindBidirectional(campaigns.runnerNameProperty());
        campaignPurposeField.textProperty().bindBidirectional(campaigns.purposeProperty());
        candidatesField.textProperty().bindBidirectional(campaigns.candidatesProperty());
        List<Choice<CampaignKind>> kinds = new ArrayList<>();
        for (CampaignKind k : CampaignKind.values()) {
            kinds.add(new Choice<>(k, text.words("kind", k.name())));
        }
        choose(kindBox, kinds, campaigns.kindProperty());
        List<Choice<CampaignRunner>> runners = new ArrayList<>();
        for (CampaignRunner r : CampaignRunner.values()) {
            runners.add(new Choice<>(r, text.words("runner", r.name())));
        }
        choose(runByBox, runners, campaigns.runByProperty());
        boolean manage = campaigns.mayManage();
        for (Node n : List.of(createBox, pickBox)) {
            n.setVisible(manage);
            n.setManaged(manage);
        }
        pickBox.disableProperty().bind(campaigns.selectedProperty().isNull().or(campaigns.busyProperty()));
        // offered only where the gate would let the list go: a partner- or contractor-run campaign
        var handOver = campaigns.gateAllowsProperty().and(new javafx.beans.property.SimpleBooleanProperty(manage));
        handOverBox.visibleProperty().bind(handOver);
        handOverBox.managedProperty().bind(handOver);
        handOverBox.disableProperty().bind(campaigns.busyProperty());
    }

    // ---------------------------------------------------------------- Statements

    private void bindStatements() {
        NoticeLabels.bind(statementsNotice, statements.notice(), true);
        List<Choice<StatementStatus>> statuses = new ArrayList<>();
        statuses.add(new Choice<>(null, text.get("filter.anyStatus")));
        for (StatementStatus s : StatementStatus.values()) {
            statuses.add(new Choice<>(s, text.words("statementStatus", s.name())));
        }
        choose(statementStatusBox, statuses, statements.statusFilterProperty());
        statements.statusFilterProperty().addListener((o, was, now) -> statements.refresh());

        statementsTable.setItems(statements.rows());
        column(statementsTable, "column.id", 40, s -> String.valueOf(s.id()));
        column(statementsTable, "column.author", 150, s -> s.personName() == null ? String.valueOf(s.personId())
                : s.personName());
        column(statementsTable, "column.status", 130, s -> text.words("statementStatus", s.status()));
        TableColumn<StatementView, StatementView> badge = new TableColumn<>(text.get("column.consentState"));
        badge.setPrefWidth(110);
        badge.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        badge.setCellFactory(c -> new BadgeCell());
        statementsTable.getColumns().add(badge);
        column(statementsTable, "column.medium", 110, s -> text.words("medium", s.medium()));
        column(statementsTable, "column.publications", 90, s -> String.valueOf(s.publications()));
        statementsTable.getSelectionModel().selectedItemProperty()
                .addListener((o, was, now) -> statements.selectedProperty().set(now));
        statements.selectedProperty().addListener((o, was, now) -> {
            statementFacts.setText(statements.describe(now));
            if (statementsTable.getSelectionModel().getSelectedItem() != now && now != null) {
                statementsTable.getSelectionModel().select(now);
            }
        });
        statementTextArea.textProperty().bindBidirectional(statements.editTextProperty());
        List<Choice<StatementMedium>> media = new ArrayList<>();
        for (StatementMedium m : StatementMedium.values()) {
            media.add(new Choice<>(m, text.words("medium", m.name())));
        }
        choose(consentMediumBox, media, statements.consentMediumProperty());
        choose(publishMediumBox, media, statements.publishMediumProperty());
        methodField.textProperty().bindBidirectional(statements.collectionMethodProperty());
        placeField.textProperty().bindBidirectional(statements.placeProperty());
        statementHowBox.getItems().setAll(ConsentActions.WITHDRAWAL_WAYS);
        statementHowBox.setValue(statements.howProperty().get());
        statementHowBox.valueProperty().addListener((o, was, now) -> statements.howProperty().set(now));
        statementHowBox.getEditor().textProperty().addListener((o, was, now) -> statements.howProperty().set(now));
        takeDownList.setItems(statements.takeDown());
        bindNewStatement(media);

        var none = statements.selectedProperty().isNull().or(statements.busyProperty());
        for (Node n : List.of(saveTextButton, askButton, consentBox, publishBox, withdrawStatementBox,
                statementTextArea)) {
            n.disableProperty().bind(none);
        }
        show(statements.mayEdit(), saveTextButton, askButton);
        statementTextArea.setEditable(statements.mayEdit());
        show(statements.mayRecordConsent(), consentBox, withdrawStatementBox);
        show(statements.mayPublish(), publishBox);
    }

    private void bindNewStatement(List<Choice<StatementMedium>> media) {
        show(statements.mayEdit(), newStatementPane);
        newPersonField.textProperty().bindBidirectional(statements.newPersonProperty());
        newIncentiveField.textProperty().bindBidirectional(statements.newIncentiveProperty());
        newStatementText.textProperty().bindBidirectional(statements.newTextProperty());
        List<Choice<StatementSource>> sources = new ArrayList<>();
        for (StatementSource s : StatementSource.values()) {
            sources.add(new Choice<>(s, text.words("source", s.name())));
        }
        choose(newSourceBox, sources, statements.newSourceProperty());
        choose(newMediumBox, media, statements.newMediumProperty());
        List<Choice<Attribution>> attributions = new ArrayList<>();
        for (Attribution a : Attribution.values()) {
            attributions.add(new Choice<>(a, text.words("attribution", a.name())));
        }
        choose(newAttributionBox, attributions, statements.newAttributionProperty());
        recordStatementButton.disableProperty().bind(statements.busyProperty());
    }

    /** The consent state at a glance: a coloured badge, the reason in its tooltip. */
    private final class BadgeCell extends TableCell<StatementView, StatementView> {
        @Override
        protected void updateItem(StatementView s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            Label label = new Label(statements.badge(s));
            label.getStyleClass().add("consent-badge");
            label.getStyleClass().add(StatementStatus.WITHDRAWN.name().equals(s.status()) ? "badge-withdrawn"
                    : s.publishable() ? "badge-covered" : "badge-missing");
            setGraphic(label);
            setText(null);
            setTooltip(new Tooltip(s.consentState()));
        }
    }

    // ---------------------------------------------------------------- Helpers

    private static void show(boolean shown, Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    private <S> void column(TableView<S> table, String key, double width, Function<S, String> value) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<S, String> column = new TableColumn<>(text.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        table.getColumns().add(column);
    }

    /** A choice box kept in step with a view-model property, both ways. */
    private static <T> void choose(ComboBox<Choice<T>> box, List<Choice<T>> items, ObjectProperty<T> property) {
        box.getItems().setAll(items);
        select(box, property.get());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !Objects.equals(now.value(), property.get())) {
                property.set(now.value());
            }
        });
        property.addListener((o, was, now) -> select(box, now));
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        ObservableList<Choice<T>> items = box.getItems();
        for (Choice<T> c : items) {
            if (Objects.equals(c.value(), value)) {
                if (box.getValue() != c) {
                    box.setValue(c);
                }
                return;
            }
        }
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onRefresh() {
        consents.refresh();
        campaigns.refresh();
        statements.refresh();
    }

    @FXML private void onSearchConsents() { consents.search(); }
    @FXML private void onClearFilters() { consents.clearFilters(); }
    @FXML private void onWithdrawConsent() { consents.withdrawSelected(); }
    @FXML private void onReceiptJson() { consents.exportSelected(ReceiptFormat.JSON); }
    @FXML private void onReceiptPdf() { consents.exportSelected(ReceiptFormat.PDF); }
    @FXML private void onCreateCampaign() { campaigns.create(); }
    @FXML private void onPick() { campaigns.pick(); }
    @FXML private void onHandOver() { campaigns.handOver(); }
    @FXML private void onSaveText() { statements.saveText(); }
    @FXML private void onRecordStatement() { statements.recordStatement(); }
    @FXML private void onAsk() { statements.askForConsent(); }
    @FXML private void onRecordConsent() { statements.recordConsent(); }
    @FXML private void onPublish() { statements.publish(); }
    @FXML private void onWithdrawStatement() { statements.withdraw(); }

    // ---------------------------------------------------------------- ScreenView

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        consents.dispose();
        campaigns.dispose();
        statements.dispose();
    }
}
