package com.custodia.ui.ledger;

import com.custodia.ui.common.NoticeLabels;

import com.custodia.ui.common.Notice;

import atlantafx.base.theme.Styles;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.service.ledger.AccountingFormat;
import com.custodia.service.ledger.LedgerEntryView;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * Code-behind of {@code fxml/ledger/Ledger.fxml}: binds the controls to {@link LedgerViewModel}
 * and forwards each action to it in one line.
 */
public final class LedgerView implements ScreenView {

    private final LedgerViewModel model;
    private final LedgerText text;
    private final Parent root;

    @FXML private Button verifyButton;
    @FXML private Button accountingButton;
    @FXML private Button exportButton;
    @FXML private Node verifyBar;
    @FXML private ProgressBar verifyProgress;
    @FXML private Label verifyMessage;
    @FXML private Node verifyOutcome;
    @FXML private Label verifyResult;
    @FXML private Label verifyDetail;
    @FXML private Label readOnlyNotice;
    @FXML private Label ownOnlyNotice;

    @FXML private Node filterBar;
    @FXML private TextField personFilter;
    @FXML private TextField recipientFilter;
    @FXML private ComboBox<LegalBasis> basisFilter;
    @FXML private TextField channelFilter;
    @FXML private DatePicker firstDay;
    @FXML private DatePicker lastDay;
    @FXML private Label notice;
    @FXML private Node content;

    @FXML private TableView<LedgerEntryView> entriesTable;
    @FXML private TableColumn<LedgerEntryView, String> seqColumn;
    @FXML private TableColumn<LedgerEntryView, String> timeColumn;
    @FXML private TableColumn<LedgerEntryView, String> operatorColumn;
    @FXML private TableColumn<LedgerEntryView, String> recipientColumn;
    @FXML private TableColumn<LedgerEntryView, String> basisColumn;
    @FXML private TableColumn<LedgerEntryView, String> personsColumn;
    @FXML private TableColumn<LedgerEntryView, String> categoriesColumn;
    @FXML private TableColumn<LedgerEntryView, String> channelColumn;
    @FXML private Button newerButton;
    @FXML private Button olderButton;
    @FXML private Label summary;

    @FXML private Node detailPane;
    @FXML private Label detailTitle;
    @FXML private Label detailEmpty;
    @FXML private GridPane detailGrid;
    @FXML private Label detailNotice;

    @FXML private Node accountingPane;
    @FXML private TextField accountingPerson;
    @FXML private ComboBox<AccountingFormat> accountingFormat;
    @FXML private ComboBox<LegalBasis> accountingBasis;
    @FXML private Label accountingHint;
    @FXML private TextField accountingRecipient;
    @FXML private TextField accountingReference;
    @FXML private TextField accountingTarget;
    @FXML private ProgressBar accountingProgress;
    @FXML private Label accountingNotice;
    @FXML private Button deliverButton;

    @FXML private Node exportPane;
    @FXML private TextField exportRecipient;
    @FXML private ComboBox<LegalBasis> exportBasis;
    @FXML private ComboBox<RecipientKind> exportKind;
    @FXML private TextField exportReference;
    @FXML private TextField exportPurpose;
    @FXML private TextField exportPersons;
    @FXML private TextField exportTarget;
    @FXML private Node exportRunning;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportMessage;
    @FXML private Label exportNotice;
    @FXML private Button exportRunButton;

    public LedgerView(LedgerViewModel model, ViewLoader views) {
        this.model = model;
        this.text = model.text();
        this.root = views.load(LedgerScreen.FEATURE, "Ledger", this);
    }

    @FXML
    private void initialize() {
        bindVerification();
        bindEntries();
        bindDetail();
        bindAccounting();
        bindExport();
    }

    // ---------------------------------------------------------------- Bindings

    private void bindVerification() {
        var verify = model.verification();
        showWhen(verifyButton, model.mayVerify());
        verifyButton.disableProperty().bind(verify.runningProperty());
        NoticeLabels.showWhen(verifyBar, verify.runningProperty());
        verifyProgress.progressProperty().bind(verify.progressProperty());
        verifyMessage.textProperty().bind(verify.messageProperty());
        NoticeLabels.showWhen(verifyOutcome, verify.result().textProperty().isNotEmpty());
        NoticeLabels.bind(verifyResult, verify.result(), true);
        verifyDetail.textProperty().bind(verify.detailProperty());
    }

    private void bindEntries() {
        showWhen(readOnlyNotice, !model.mayRead());
        showWhen(ownOnlyNotice, model.readsOwnOnly());
        showWhen(filterBar, model.mayRead());
        showWhen(content, model.mayRead());
        showWhen(accountingButton, model.mayDeliverAccounting());
        showWhen(exportButton, model.mayExport());
        personFilter.textProperty().bindBidirectional(model.personFilterProperty());
        recipientFilter.textProperty().bindBidirectional(model.recipientFilterProperty());
        channelFilter.textProperty().bindBidirectional(model.channelFilterProperty());
        choices(basisFilter, LedgerViewModel.basisChoices(), text::basis);
        basisFilter.valueProperty().bindBidirectional(model.basisFilterProperty());
        firstDay.valueProperty().bindBidirectional(model.firstDayProperty());
        lastDay.valueProperty().bindBidirectional(model.lastDayProperty());
        NoticeLabels.bind(notice, model.notice(), false);

        entriesTable.setItems(model.entries());
        cell(seqColumn, e -> Long.toString(e.seq()));
        cell(timeColumn, e -> text.shortTime(e.time()));
        cell(operatorColumn, LedgerEntryView::operator);
        cell(recipientColumn, LedgerEntryView::recipientName);
        cell(basisColumn, e -> text.basis(e.basis()));
        cell(personsColumn, e -> Long.toString(e.personCount()));
        cell(categoriesColumn, e -> String.join(", ", e.categories()));
        cell(channelColumn, LedgerEntryView::channel);
        entriesTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.select(now));
        newerButton.disableProperty().bind(model.hasNewerProperty().not().or(model.loadingProperty()));
        olderButton.disableProperty().bind(model.hasOlderProperty().not().or(model.loadingProperty()));
        summary.textProperty().bind(model.summaryProperty());
    }

    private void bindDetail() {
        EntryDetailModel detail = model.detail();
        NoticeLabels.showWhen(detailPane, model.panelProperty().isEqualTo(LedgerViewModel.Panel.DETAIL));
        detailTitle.textProperty().bind(detail.titleProperty());
        NoticeLabels.showWhen(detailEmpty, detail.shownProperty().isNull());
        NoticeLabels.bind(detailNotice, detail.notice(), false);
        detail.rows().addListener((ListChangeListener<EntryDetailModel.Row>) change -> fillGrid());
    }

    /** One label and one wrapping value per row; the values of hashes are long and must wrap. */
    private void fillGrid() {
        detailGrid.getChildren().clear();
        List<EntryDetailModel.Row> rows = model.detail().rows();
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i).label());
            key.getStyleClass().add(Styles.TEXT_MUTED);
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(rows.get(i).value());
            value.setWrapText(true);
            value.setId("detail-" + rows.get(i).key().substring("detail.".length()));
            GridPane.setValignment(key, VPos.TOP);
            detailGrid.addRow(i, key, value);
        }
    }

    private void bindAccounting() {
        AccountingForm form = model.accounting();
        NoticeLabels.showWhen(accountingPane, model.panelProperty().isEqualTo(LedgerViewModel.Panel.ACCOUNTING));
        accountingPerson.textProperty().bindBidirectional(form.personIdProperty());
        choices(accountingFormat, List.of(AccountingFormat.values()), f -> text.get("accounting.format." + f.name()));
        accountingFormat.valueProperty().bindBidirectional(form.formatProperty());
        choices(accountingBasis, AccountingForm.BASES, text::basis);
        accountingBasis.valueProperty().bindBidirectional(form.basisProperty());
        NoticeLabels.showWhen(accountingHint, form.subjectRequestProperty());
        accountingRecipient.textProperty().bindBidirectional(form.recipientProperty());
        accountingReference.textProperty().bindBidirectional(form.referenceProperty());
        accountingTarget.textProperty().bindBidirectional(form.targetProperty());
        NoticeLabels.showWhen(accountingProgress, form.busyProperty());
        accountingProgress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        deliverButton.disableProperty().bind(form.busyProperty());
        NoticeLabels.bind(accountingNotice, form.notice(), false);
    }

    private void bindExport() {
        ExportForm form = model.export();
        NoticeLabels.showWhen(exportPane, model.panelProperty().isEqualTo(LedgerViewModel.Panel.EXPORT));
        exportRecipient.textProperty().bindBidirectional(form.recipientProperty());
        choices(exportBasis, List.of(LegalBasis.values()), text::basis);
        exportBasis.valueProperty().bindBidirectional(form.basisProperty());
        choices(exportKind, List.of(RecipientKind.values()), text::recipientKind);
        exportKind.valueProperty().bindBidirectional(form.kindProperty());
        exportReference.textProperty().bindBidirectional(form.referenceProperty());
        exportPurpose.textProperty().bindBidirectional(form.purposeProperty());
        exportPersons.textProperty().bindBidirectional(form.personIdsProperty());
        exportTarget.textProperty().bindBidirectional(form.targetProperty());
        NoticeLabels.showWhen(exportRunning, form.runningProperty());
        exportProgress.progressProperty().bind(form.progressProperty());
        exportMessage.textProperty().bind(form.messageProperty());
        NoticeLabels.showWhen(exportMessage, form.messageProperty().isNotEmpty());
        exportRunButton.disableProperty().bind(form.runningProperty());
        NoticeLabels.bind(exportNotice, form.notice(), false);
    }

    private static <S> void cell(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
    }

    private <E extends Enum<E>> void choices(ComboBox<E> box, List<E> values, Function<E, String> words) {
        box.setItems(FXCollections.observableArrayList(values));
        box.setConverter(text.converter(words));
    }

    private static void showWhen(Node node, boolean condition) {
        node.setVisible(condition);
        node.setManaged(condition);
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onVerify() { model.verification().verify(); }
    @FXML private void onCancelVerify() { model.verification().cancel(); }
    @FXML private void onAccounting() { model.openAccounting(); }
    @FXML private void onExport() { model.openExport(); }
    @FXML private void onApply() { model.applyFilter(); }
    @FXML private void onClear() { model.clearFilter(); }
    @FXML private void onNewer() { model.newerPage(); }
    @FXML private void onOlder() { model.olderPage(); }
    @FXML private void onClosePanel() { model.closePanel(); }
    @FXML private void onChooseAccountingTarget() { model.accounting().chooseTarget(); }
    @FXML private void onDeliver() { model.accounting().deliver(); }
    @FXML private void onChooseExportTarget() { model.export().chooseTarget(); }
    @FXML private void onRunExport() { model.export().export(); }
    @FXML private void onCancelExport() { model.export().cancel(); }

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
