package com.custodia.ui.requests;

import static com.custodia.ui.requests.RequestsControls.column;

import com.custodia.service.requests.ReportFormat;
import com.custodia.ui.common.NoticeLabels;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Code-behind of {@code fxml/requests/AccessReport.fxml}, the Access report tab of the chosen
 * request: the report built in the background, then delivered, bound to {@link AccessReportViewModel}.
 */
final class AccessReportView {

    private final AccessReportViewModel report;

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

    AccessReportView(AccessReportViewModel report) {
        this.report = report;
    }

    @FXML
    private void initialize() {
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
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onBuild() { report.build(); }
    @FXML private void onCancelBuild() { report.cancel(); }
    @FXML private void onDeliver() { report.deliver(); }
}
