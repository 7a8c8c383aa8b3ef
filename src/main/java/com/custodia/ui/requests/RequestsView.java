package com.custodia.ui.requests;

import com.custodia.domain.Jurisdiction;
import com.custodia.domain.NoticeStatus;
import com.custodia.domain.PersonField;
import com.custodia.domain.RequestChannel;
import com.custodia.domain.RequestKind;
import com.custodia.policy.RequestDeadlines;
import com.custodia.service.requests.ReportFormat;
import com.custodia.service.requests.RequestViews.Candidate;
import com.custodia.service.requests.RequestViews.ClockEventView;
import com.custodia.service.requests.RequestViews.ItemView;
import com.custodia.service.requests.RequestViews.NoticeView;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * Code-behind of {@code fxml/requests/Requests.fxml}: binds the queue, the intake panel and the
 * chosen request's tabs to {@link RequestsViewModel} and forwards each action in one line.
 */
public final class RequestsView implements ScreenView {

    private final RequestsViewModel model;
    private final RequestDetailViewModel detail;
    private final AccessReportViewModel report;
    private final CorrectionsViewModel corrections;
    private final RequestsText text;
    private final Parent root;

    @FXML private Button newButton;
    @FXML private Button logButton;
    @FXML private Button refreshButton;
    @FXML private HBox filterBar;
    @FXML private CheckBox openOnly;
    @FXML private CheckBox overdueOnly;
    @FXML private ComboBox<RequestKind> kindFilter;
    @FXML private Label queueNotice;
    @FXML private SplitPane split;
    @FXML private TableView<RequestsViewModel.Row> queueTable;
    @FXML private TableColumn<RequestsViewModel.Row, String> idColumn;
    @FXML private TableColumn<RequestsViewModel.Row, String> kindColumn;
    @FXML private TableColumn<RequestsViewModel.Row, String> requesterColumn;
    @FXML private TableColumn<RequestsViewModel.Row, String> channelColumn;
    @FXML private TableColumn<RequestsViewModel.Row, String> receivedColumn;
    @FXML private TableColumn<RequestsViewModel.Row, String> stateColumn;
    @FXML private TableColumn<RequestsViewModel.Row, String> daysColumn;
    @FXML private Label noneLabel;

    @FXML private Node intakePanel;
    @FXML private ComboBox<RequestKind> intakeKind;
    @FXML private ComboBox<RequestChannel> intakeChannel;
    @FXML private TextField intakeReceived;
    @FXML private ComboBox<Jurisdiction> intakeJurisdiction;
    @FXML private TextField intakeName;
    @FXML private TextField intakeEmail;
    @FXML private TextField intakePhone;
    @FXML private TextField intakeCustomer;
    @FXML private TextField intakeLicense;
    @FXML private TextField intakeAddress;
    @FXML private Label intakeNotice;
    @FXML private Button intakeSave;
    @FXML private Button intakeCancel;

    @FXML private TabPane detailTabs;
    @FXML private Tab requestTab;
    @FXML private Tab reportTab;
    @FXML private Tab correctionsTab;
    @FXML private Label detailTitle;
    @FXML private Label detailGiven;
    @FXML private ListView<RequestDetailViewModel.Step> checklist;
    @FXML private Label detailResponse;
    @FXML private Label matchedLabel;
    @FXML private Button candidatesButton;
    @FXML private Button matchButton;
    @FXML private ListView<Candidate> candidateList;
    @FXML private Label matchNotice;
    @FXML private Label identityLabel;
    @FXML private Label confirmationLabel;
    @FXML private TextField verifyMethod;
    @FXML private Button evidenceButton;
    @FXML private Label evidenceLabel;
    @FXML private Button verifyButton;
    @FXML private Button confirmButton;
    @FXML private TextField awaitReason;
    @FXML private Button awaitButton;
    @FXML private Label identityNotice;
    @FXML private Label deadlineLabel;
    @FXML private ListView<ClockEventView> clockList;
    @FXML private Label extensionLabel;
    @FXML private ComboBox<Integer> extendUnits;
    @FXML private TextField extendToldAt;
    @FXML private TextField extendReason;
    @FXML private Button extendButton;
    @FXML private Label deadlineNotice;

    @FXML private Button buildButton;
    @FXML private ProgressBar buildProgress;
    @FXML private Button buildCancel;
    @FXML private ComboBox<ReportFormat> reportFormat;
    @FXML private Button deliverButton;
    @FXML private Label reportSummary;
    @FXML private Label reportNotice;
    @FXML private TableView<AccessReportViewModel.SectionRow> sectionTable;
    @FXML private TableColumn<AccessReportViewModel.SectionRow, String> sectionTitleColumn;
    @FXML private TableColumn<AccessReportViewModel.SectionRow, String> sectionRecordsColumn;
    @FXML private TableColumn<AccessReportViewModel.SectionRow, String> sectionSourcesColumn;
    @FXML private TableView<AccessReportViewModel.StoreRow> storeTable;
    @FXML private TableColumn<AccessReportViewModel.StoreRow, String> storeCategoryColumn;
    @FXML private TableColumn<AccessReportViewModel.StoreRow, String> storeTableColumn;
    @FXML private TableColumn<AccessReportViewModel.StoreRow, String> storeRowsColumn;

    @FXML private TableView<ItemView> itemTable;
    @FXML private TableColumn<ItemView, String> itemFieldColumn;
    @FXML private TableColumn<ItemView, String> itemOldColumn;
    @FXML private TableColumn<ItemView, String> itemRequestedColumn;
    @FXML private TableColumn<ItemView, String> itemEvidenceColumn;
    @FXML private TableColumn<ItemView, String> itemStateColumn;
    @FXML private TextField decisionReason;
    @FXML private Button approveButton;
    @FXML private Button denyButton;
    @FXML private Button applyButton;
    @FXML private ComboBox<PersonField> itemField;
    @FXML private TextField itemRequested;
    @FXML private TextField itemEvidence;
    @FXML private Button addItemButton;
    @FXML private Label correctionNotice;
    @FXML private TableView<NoticeView> noticeTable;
    @FXML private TableColumn<NoticeView, String> noticeRecipientColumn;
    @FXML private TableColumn<NoticeView, String> noticeStateColumn;
    @FXML private ComboBox<NoticeStatus> noticeOutcome;
    @FXML private TextField noticeNote;
    @FXML private Button resolveButton;
    @FXML private Button tellPersonButton;
    @FXML private Label noticesNotice;

    public RequestsView(RequestsViewModel model, ViewLoader views) {
        this.model = model;
        this.detail = model.detail();
        this.report = model.report();
        this.corrections = detail.corrections();
        this.text = model.text();
        this.root = views.load(RequestsScreen.FEATURE, "Requests", this);
    }

    @FXML
    private void initialize() {
        bindQueue();
        bindIntake();
        bindRequest();
        bindReport();
        bindCorrections();
    }

    private void bindQueue() {
        boolean manage = model.mayManage();
        NoticeLabels.showWhen(filterBar, always(manage));
        NoticeLabels.showWhen(logButton, always(manage));
        NoticeLabels.showWhen(refreshButton, always(manage));
        NoticeLabels.showWhen(newButton, always(model.mayIntake()));
        if (!manage) {
            split.getItems().remove(queueTable);
        }
        refreshButton.disableProperty().bind(model.busyProperty());
        openOnly.selectedProperty().bindBidirectional(model.openOnlyProperty());
        overdueOnly.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        kindFilter.getItems().setAll(Arrays.asList(null, RequestKind.ACCESS, RequestKind.CORRECTION));
        kindFilter.setConverter(converter(k -> k == null ? text.get("filter.anyKind") : text.of("kind", k)));
        kindFilter.valueProperty().bindBidirectional(model.kindFilterProperty());
        NoticeLabels.bind(queueNotice, model.notice(), true);
        queueTable.setItems(model.rows());
        column(idColumn, r -> String.valueOf(r.id()));
        column(kindColumn, RequestsViewModel.Row::kind);
        column(requesterColumn, RequestsViewModel.Row::requester);
        column(channelColumn, RequestsViewModel.Row::channel);
        column(receivedColumn, RequestsViewModel.Row::received);
        column(stateColumn, RequestsViewModel.Row::state);
        column(daysColumn, RequestsViewModel.Row::daysLeft);
        queueTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(RequestsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("request-due-soon", "request-overdue");
                if (!empty && row != null) {
                    if (row.urgency() == RequestDeadlines.Urgency.OVERDUE) {
                        getStyleClass().add("request-overdue");
                    } else if (row.urgency() == RequestDeadlines.Urgency.DUE_SOON) {
                        getStyleClass().add("request-due-soon");
                    }
                }
            }
        });
        queueTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((o, a, row) -> {
            if (row == null) {
                queueTable.getSelectionModel().clearSelection();
            } else if (queueTable.getSelectionModel().getSelectedItem() != row) {
                queueTable.getSelectionModel().select(row);
                queueTable.scrollTo(row);
            }
        });
        var chosen = model.selectedProperty().isNotNull().and(model.intakeOpenProperty().not());
        NoticeLabels.showWhen(detailTabs, chosen);
        NoticeLabels.showWhen(intakePanel, model.intakeOpenProperty());
        NoticeLabels.showWhen(noneLabel, chosen.not().and(model.intakeOpenProperty().not()));
    }

    private void bindIntake() {
        intakeKind.getItems().setAll(RequestKind.values());
        intakeKind.setConverter(converter(k -> text.of("kind", k)));
        intakeKind.valueProperty().bindBidirectional(model.intakeKindProperty());
        intakeChannel.getItems().setAll(RequestChannel.values());
        intakeChannel.setConverter(converter(c -> text.of("channel", c)));
        intakeChannel.valueProperty().bindBidirectional(model.intakeChannelProperty());
        intakeJurisdiction.getItems().setAll(Jurisdiction.values());
        intakeJurisdiction.setConverter(converter(j -> text.of("jurisdiction", j)));
        intakeJurisdiction.valueProperty().bindBidirectional(model.intakeJurisdictionProperty());
        intakeReceived.textProperty().bindBidirectional(model.intakeReceivedProperty());
        intakeName.textProperty().bindBidirectional(model.intakeNameProperty());
        intakeEmail.textProperty().bindBidirectional(model.intakeEmailProperty());
        intakePhone.textProperty().bindBidirectional(model.intakePhoneProperty());
        intakeCustomer.textProperty().bindBidirectional(model.intakeCustomerProperty());
        intakeLicense.textProperty().bindBidirectional(model.intakeLicenseProperty());
        intakeAddress.textProperty().bindBidirectional(model.intakeAddressProperty());
        NoticeLabels.bind(intakeNotice, model.intakeNotice(), true);
        intakeSave.disableProperty().bind(model.busyProperty());
        NoticeLabels.showWhen(intakeCancel, always(model.mayManage()));
    }

    private void bindRequest() {
        detailTitle.textProperty().bind(detail.titleProperty());
        detailGiven.textProperty().bind(detail.givenProperty());
        detailResponse.textProperty().bind(detail.responseProperty());
        checklist.setItems(detail.checklist());
        checklist.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RequestDetailViewModel.Step step, boolean empty) {
                super.updateItem(step, empty);
                getStyleClass().removeAll("step-done");
                setText(empty || step == null ? null : (step.done() ? "\u2713 " : "\u25cb ") + step.label());
                if (!empty && step != null && step.done()) {
                    getStyleClass().add("step-done");
                }
            }
        });
        matchedLabel.textProperty().bind(detail.matchedProperty());
        candidateList.setItems(detail.candidates());
        candidateList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        candidateList.setCellFactory(list -> cell(c -> text.format("match.candidate", c.personId(), c.name(),
                c.email() == null ? "" : c.email(), c.company() == null ? "" : c.company(), c.matchedOn())));
        NoticeLabels.showWhen(candidateList, Bindings.isNotEmpty(detail.candidates()));
        matchButton.disableProperty().bind(Bindings.isEmpty(candidateList.getSelectionModel().getSelectedItems()));
        NoticeLabels.bind(matchNotice, detail.matchNotice(), true);

        identityLabel.textProperty().bind(detail.identityProperty());
        confirmationLabel.textProperty().bind(detail.confirmationProperty());
        verifyMethod.textProperty().bindBidirectional(detail.verifyMethodProperty());
        evidenceLabel.textProperty().bind(Bindings.createStringBinding(() -> detail.evidenceProperty().get() == null
                ? text.get("verify.noFile") : text.format("verify.file", detail.evidenceProperty().get()
                .getFileName()), detail.evidenceProperty()));
        confirmButton.disableProperty().bind(detail.mayConfirmProperty().not());
        awaitReason.textProperty().bindBidirectional(detail.awaitReasonProperty());
        NoticeLabels.bind(identityNotice, detail.identityNotice(), true);

        deadlineLabel.textProperty().bind(detail.deadlineProperty());
        clockList.setItems(detail.clockEvents());
        clockList.setCellFactory(list -> cell(detail::clockText));
        extensionLabel.textProperty().bind(detail.extensionProperty());
        extendUnits.getItems().setAll(List.of(1, 2, 15, 30, 45));
        extendUnits.valueProperty().bindBidirectional(detail.extendUnitsProperty());
        extendToldAt.textProperty().bindBidirectional(detail.extendToldAtProperty());
        extendReason.textProperty().bindBidirectional(detail.extendReasonProperty());
        NoticeLabels.bind(deadlineNotice, detail.deadlineNotice(), true);
        for (Button b : List.of(candidatesButton, verifyButton, awaitButton, extendButton)) {
            b.setDisable(!model.mayManage());
        }
    }

    private void bindReport() {
        reportTab.disableProperty().bind(report.availableProperty().not());
        correctionsTab.disableProperty().bind(detail.correctionProperty().not());
        buildButton.disableProperty().bind(report.buildingProperty());
        NoticeLabels.showWhen(buildProgress, report.buildingProperty());
        NoticeLabels.showWhen(buildCancel, report.buildingProperty());
        buildProgress.progressProperty().bind(report.progressProperty());
        reportFormat.getItems().setAll(ReportFormat.values());
        reportFormat.valueProperty().bindBidirectional(report.formatProperty());
        deliverButton.disableProperty().bind(report.buildingProperty());
        reportSummary.textProperty().bind(report.summaryProperty());
        NoticeLabels.bind(reportNotice, report.notice(), true);
        sectionTable.setItems(report.sections());
        column(sectionTitleColumn, AccessReportViewModel.SectionRow::title);
        column(sectionRecordsColumn, s -> String.valueOf(s.records()));
        column(sectionSourcesColumn, AccessReportViewModel.SectionRow::sources);
        storeTable.setItems(report.stores());
        column(storeCategoryColumn, AccessReportViewModel.StoreRow::category);
        column(storeTableColumn, AccessReportViewModel.StoreRow::table);
        column(storeRowsColumn, s -> String.valueOf(s.rows()));
        detail.detailProperty().addListener((o, a, d) -> {
            Tab current = detailTabs.getSelectionModel().getSelectedItem();
            if (current != null && current.isDisable()) {
                detailTabs.getSelectionModel().select(requestTab);
            }
        });
    }

    private void bindCorrections() {
        itemTable.setItems(corrections.items());
        column(itemFieldColumn, i -> corrections.fieldText(i.field()));
        column(itemOldColumn, i -> i.oldValue() == null ? "" : i.oldValue());
        column(itemRequestedColumn, i -> i.requestedValue() == null ? "" : i.requestedValue());
        column(itemEvidenceColumn, i -> i.evidence() == null ? "" : i.evidence());
        column(itemStateColumn, corrections::itemState);
        var noItem = itemTable.getSelectionModel().selectedItemProperty().isNull();
        approveButton.disableProperty().bind(noItem);
        denyButton.disableProperty().bind(noItem);
        applyButton.disableProperty().bind(noItem);
        decisionReason.textProperty().bindBidirectional(corrections.decisionReasonProperty());
        itemField.getItems().setAll(PersonField.values());
        itemField.setConverter(converter(corrections::fieldText));
        itemField.valueProperty().bindBidirectional(corrections.itemFieldProperty());
        itemRequested.textProperty().bindBidirectional(corrections.itemRequestedProperty());
        itemEvidence.textProperty().bindBidirectional(corrections.itemEvidenceProperty());
        NoticeLabels.bind(correctionNotice, corrections.correctionNotice(), true);
        noticeTable.setItems(corrections.notices());
        column(noticeRecipientColumn, corrections::noticeRecipient);
        column(noticeStateColumn, corrections::noticeState);
        resolveButton.disableProperty().bind(noticeTable.getSelectionModel().selectedItemProperty().isNull());
        noticeOutcome.getItems().setAll(NoticeStatus.TOLD, NoticeStatus.IMPOSSIBLE, NoticeStatus.DISPROPORTIONATE);
        noticeOutcome.setConverter(converter(s -> text.of("notice", s)));
        noticeOutcome.valueProperty().bindBidirectional(corrections.noticeOutcomeProperty());
        noticeNote.textProperty().bindBidirectional(corrections.noticeNoteProperty());
        NoticeLabels.bind(noticesNotice, corrections.noticesNotice(), true);
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onNew() { model.openIntake(); }
    @FXML private void onLog() { model.exportLog(); }
    @FXML private void onRefresh() { model.refresh(); }
    @FXML private void onIntake() { model.submitIntake(); }
    @FXML private void onCancelIntake() { model.cancelIntake(); }
    @FXML private void onCandidates() { detail.findCandidates(); }
    @FXML private void onMatch() {
        detail.match(candidateList.getSelectionModel().getSelectedItems().stream().map(Candidate::personId).toList());
    }
    @FXML private void onEvidence() { detail.chooseEvidence(); }
    @FXML private void onVerify() { detail.verify(); }
    @FXML private void onConfirm() { detail.confirm(); }
    @FXML private void onAwait() { detail.awaitIdentity(); }
    @FXML private void onExtend() { detail.extend(); }
    @FXML private void onBuild() { report.build(); }
    @FXML private void onCancelBuild() { report.cancel(); }
    @FXML private void onDeliver() { report.deliver(); }
    @FXML private void onApprove() { corrections.approve(itemTable.getSelectionModel().getSelectedItem()); }
    @FXML private void onDeny() { corrections.deny(itemTable.getSelectionModel().getSelectedItem()); }
    @FXML private void onApply() { corrections.apply(itemTable.getSelectionModel().getSelectedItem()); }
    @FXML private void onAddItem() { corrections.addItem(); }
    @FXML private void onResolve() { corrections.resolve(noticeTable.getSelectionModel().getSelectedItem()); }
    @FXML private void onTellPerson() { corrections.tellPerson(); }

    // ---------------------------------------------------------------- ScreenView

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    // ---------------------------------------------------------------- Helpers

    /** A text column whose cells carry their whole text as a tooltip: the columns are narrow at 1,280 pixels. */
    private static <S> void column(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? ""
                : value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
    }

    private static <T> ListCell<T> cell(Function<T, String> value) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : value.apply(item));
            }
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return show.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static ObservableValue<Boolean> always(boolean value) {
        return Bindings.createBooleanBinding(() -> value);
    }
}
