package com.custodia.ui.importing;

import com.custodia.service.people.importing.ImportPreview;
import com.custodia.service.people.importing.ImportProblem;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.common.WrappedTextCells;
import com.custodia.ui.importing.ImportViewModel.Step;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * Code-behind of {@code fxml/importing/Import.fxml}: shows the pane of the current step, binds
 * the controls to {@link ImportViewModel} and forwards each action to it in one line.
 */
public final class ImportView implements ScreenView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final ImportViewModel model;
    private final ImportText text;
    private final Parent root;

    @FXML private Label stepFile;
    @FXML private Label stepMapping;
    @FXML private Label stepRun;
    @FXML private Label stepSummary;

    @FXML private Node filePane;
    @FXML private Label knownColumns;
    @FXML private Button chooseFileButton;
    @FXML private Node readingBar;
    @FXML private Label fileNotice;

    @FXML private Node mappingPane;
    @FXML private Label mappingFile;
    @FXML private TableView<MappedColumn> mappingTable;
    @FXML private TableColumn<MappedColumn, String> fileColumn;
    @FXML private TableColumn<MappedColumn, String> exampleColumn;
    @FXML private TableColumn<MappedColumn, MappedColumn> targetColumn;
    @FXML private TableColumn<MappedColumn, String> noteColumn;
    @FXML private TableView<ImportPreview.Row> previewTable;
    @FXML private Label mappingProblem;
    @FXML private Label mappingSummary;
    @FXML private Button nextButton;

    @FXML private Node runPane;
    @FXML private Label runFile;
    @FXML private Label runColumns;
    @FXML private Label runReport;
    @FXML private Button reportButton;
    @FXML private Label batchNote;
    @FXML private Node runningBox;
    @FXML private ProgressBar runProgress;
    @FXML private Label runRate;
    @FXML private Label runMessage;
    @FXML private Label runSoFar;
    @FXML private Label runNotice;
    @FXML private Button runBackButton;
    @FXML private Button startButton;

    @FXML private Node summaryPane;
    @FXML private Label summaryHeadline;
    @FXML private Label insertedCount;
    @FXML private Label updatedCount;
    @FXML private Label unchangedCount;
    @FXML private Label rejectedCount;
    @FXML private Label summaryColumns;
    @FXML private Label problemsNote;
    @FXML private TableView<ImportProblem> problemsTable;
    @FXML private TableColumn<ImportProblem, String> lineColumn;
    @FXML private TableColumn<ImportProblem, String> externalIdColumn;
    @FXML private TableColumn<ImportProblem, String> problemColumn;
    @FXML private TableColumn<ImportProblem, String> reasonColumn;
    @FXML private TextField reportPath;
    @FXML private Button continueButton;

    public ImportView(ImportViewModel model, ViewLoader views) {
        this.model = model;
        this.text = model.text();
        this.root = views.load(ImportScreen.FEATURE, "Import", this);
    }

    @FXML
    private void initialize() {
        bindSteps();
        bindFile();
        bindMapping();
        bindRun();
        bindSummary();
    }

    // ---------------------------------------------------------------- Bindings

    private void bindSteps() {
        var step = model.stepProperty();
        NoticeLabels.showWhen(filePane, step.isEqualTo(Step.FILE));
        NoticeLabels.showWhen(mappingPane, step.isEqualTo(Step.MAPPING));
        NoticeLabels.showWhen(runPane, step.isEqualTo(Step.RUN));
        NoticeLabels.showWhen(summaryPane, step.isEqualTo(Step.SUMMARY));
        step.addListener((o, old, now) -> markSteps(now));
        markSteps(step.get());
    }

    private void markSteps(Step current) {
        List<Label> labels = List.of(stepFile, stepMapping, stepRun, stepSummary);
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).pseudoClassStateChanged(CURRENT, i == current.ordinal());
            labels.get(i).pseudoClassStateChanged(DONE, i < current.ordinal());
        }
    }

    private void bindFile() {
        knownColumns.setText(String.join(", ", ImportPreview.PERSON_COLUMNS));
        chooseFileButton.disableProperty().bind(model.readingProperty());
        NoticeLabels.showWhen(readingBar, model.readingProperty());
        NoticeLabels.bind(fileNotice, model.fileNotice(), true);
    }

    private void bindMapping() {
        ColumnMapping mapping = model.mapping();
        mappingFile.textProperty().bind(model.fileTextProperty());
        mappingTable.setItems(mapping.columns());
        cell(fileColumn, MappedColumn::name);
        cell(exampleColumn, MappedColumn::example);
        MappingCells.targetChoices(targetColumn, text);
        MappingCells.notes(noteColumn);
        mapping.previewProperty().addListener((o, old, now) -> showPreview(now));
        mappingProblem.textProperty().bind(mapping.problemProperty());
        NoticeLabels.showWhen(mappingProblem, mapping.problemProperty().isNotEmpty());
        mappingSummary.textProperty().bind(mapping.summaryProperty());
        NoticeLabels.showWhen(mappingSummary, mapping.problemProperty().isEmpty());
        nextButton.disableProperty().bind(mapping.validProperty().not());
    }

    private void showPreview(ImportPreview preview) {
        if (preview == null) {
            previewTable.getItems().clear();
            previewTable.getColumns().clear();
            return;
        }
        MappingCells.previewColumns(previewTable, model.mapping().columns(), text);
        previewTable.setItems(FXCollections.observableArrayList(preview.rows()));
    }

    private void bindRun() {
        ImportRun run = model.run();
        runFile.textProperty().bind(model.fileTextProperty());
        runColumns.textProperty().bind(model.mapping().summaryProperty());
        runReport.textProperty().bind(model.reportTextProperty());
        batchNote.textProperty().bind(model.batchNoteProperty());
        NoticeLabels.showWhen(runningBox, run.runningProperty());
        runProgress.progressProperty().bind(run.progressProperty());
        runRate.textProperty().bind(run.rateProperty());
        runMessage.textProperty().bind(run.messageProperty());
        runSoFar.textProperty().bind(run.soFarProperty());
        NoticeLabels.bind(runNotice, run.notice(), true);
        reportButton.disableProperty().bind(run.runningProperty());
        runBackButton.disableProperty().bind(run.runningProperty());
        startButton.disableProperty().bind(run.runningProperty());
    }

    private void bindSummary() {
        ImportSummary summary = model.summary();
        NoticeLabels.bind(summaryHeadline, summary.headline(), true);
        insertedCount.textProperty().bind(summary.insertedProperty());
        updatedCount.textProperty().bind(summary.updatedProperty());
        unchangedCount.textProperty().bind(summary.unchangedProperty());
        rejectedCount.textProperty().bind(summary.rejectedProperty());
        summaryColumns.textProperty().bind(summary.columnsProperty());
        NoticeLabels.showWhen(summaryColumns, summary.columnsProperty().isNotEmpty());
        problemsNote.textProperty().bind(summary.problemsNoteProperty());
        problemsTable.setItems(model.run().problems());
        cell(lineColumn, p -> Long.toString(p.line()));
        cell(externalIdColumn, p -> p.externalId() == null ? "" : p.externalId());
        cell(problemColumn, p -> p.column() == null ? text.get("problem.wholeRow") : p.column());
        cell(reasonColumn, ImportProblem::reason);
        wrapping(reasonColumn);
        reportPath.textProperty().bind(summary.reportProperty());
        NoticeLabels.showWhen(continueButton, summary.cancelledProperty());
    }

    /** A reason can be long: it wraps to the column, and the row grows to hold it. */
    private static <S> void wrapping(TableColumn<S, String> column) {
        WrappedTextCells.install(column, "import-wrapped", null);
    }

    private static <S> void cell(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onChooseFile() { model.chooseFile(); }
    @FXML private void onMatchByName() { model.mapping().matchByName(); }
    @FXML private void onBack() { model.back(); }
    @FXML private void onNext() { model.next(); }
    @FXML private void onChooseReport() { model.chooseReport(); }
    @FXML private void onStart() { model.startImport(); }
    @FXML private void onCancel() { model.cancel(); }
    @FXML private void onContinue() { model.continueImport(); }
    @FXML private void onStartOver() { model.startOver(); }

    /** The clipboard is the window system's, so the view, not the view model, writes to it. */
    @FXML
    private void onCopyReport() {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, reportPath.getText()));
    }

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
