package com.custodia.ui.requests;

import static com.custodia.ui.requests.RequestsControls.always;
import static com.custodia.ui.requests.RequestsControls.column;
import static com.custodia.ui.requests.RequestsControls.converter;

import com.custodia.domain.RequestKind;
import com.custodia.policy.RequestDeadlines;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.util.Arrays;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/**
 * Code-behind of {@code fxml/requests/Requests.fxml}: binds the queue to {@link RequestsViewModel}
 * and forwards each action in one line. The intake panel and the chosen request's tabs are views of
 * their own; this one decides which of them shows.
 */
public final class RequestsView implements ScreenView {

    private final RequestsViewModel model;
    private final RequestDetailViewModel detail;
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

    @FXML private TabPane detailTabs;
    @FXML private Tab requestTab;
    @FXML private Tab reportTab;
    @FXML private Tab correctionsTab;

    public RequestsView(RequestsViewModel model, ViewLoader views) {
        this.model = model;
        this.detail = model.detail();
        this.text = model.text();
        this.root = views.load(RequestsScreen.FEATURE, "Requests", this, new IntakeView(model),
                new RequestDetailView(model), new AccessReportView(model.report()), new CorrectionsView(model));
    }

    @FXML
    private void initialize() {
        bindQueue();
        bindTabs();
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
        NoticeLabels.showWhen(noneLabel, chosen.not().and(model.intakeOpenProperty().not()));
    }

    /** A tab that does not apply to the chosen request is disabled, and left for the Request tab. */
    private void bindTabs() {
        reportTab.disableProperty().bind(model.report().availableProperty().not());
        correctionsTab.disableProperty().bind(detail.correctionProperty().not());
        detail.detailProperty().addListener((o, a, d) -> {
            Tab current = detailTabs.getSelectionModel().getSelectedItem();
            if (current != null && current.isDisable()) {
                detailTabs.getSelectionModel().select(requestTab);
            }
        });
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onNew() { model.openIntake(); }
    @FXML private void onLog() { model.exportLog(); }
    @FXML private void onRefresh() { model.refresh(); }

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
