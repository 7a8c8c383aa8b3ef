package com.custodia.ui.consent;

import static com.custodia.ui.consent.ConsentControls.choices;
import static com.custodia.ui.consent.ConsentControls.choose;
import static com.custodia.ui.consent.ConsentControls.column;
import static com.custodia.ui.consent.ConsentControls.show;

import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementStatus;
import com.custodia.service.consent.StatementView;
import com.custodia.ui.common.NoticeLabels;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
 * Code-behind of {@code fxml/consent/Statements.fxml}, the Statements tab: statements with their
 * consent state, the chosen one's text, consent, publication and withdrawal, bound to
 * {@link StatementsViewModel}. A new statement has a view of its own.
 */
final class StatementsView {

    private final StatementsViewModel statements;
    private final ConsentText text;

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

    StatementsView(StatementsViewModel statements, ConsentText text) {
        this.statements = statements;
        this.text = text;
    }

    @FXML
    private void initialize() {
        NoticeLabels.bind(statementsNotice, statements.notice(), true);
        choose(statementStatusBox, choices(text, text.get("filter.anyStatus"), "statementStatus",
                StatementStatus.values()), statements.statusFilterProperty());
        statements.statusFilterProperty().addListener((o, was, now) -> statements.refresh());

        statementsTable.setItems(statements.rows());
        column(text, statementsTable, "column.id", 40, s -> String.valueOf(s.id()));
        column(text, statementsTable, "column.author", 150, s -> s.personName() == null
                ? String.valueOf(s.personId()) : s.personName());
        column(text, statementsTable, "column.status", 130, s -> text.words("statementStatus", s.status()));
        TableColumn<StatementView, StatementView> badge = new TableColumn<>(text.get("column.consentState"));
        badge.setPrefWidth(110);
        badge.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        badge.setCellFactory(c -> new BadgeCell());
        statementsTable.getColumns().add(badge);
        column(text, statementsTable, "column.medium", 110, s -> text.words("medium", s.medium()));
        column(text, statementsTable, "column.publications", 90, s -> String.valueOf(s.publications()));
        statementsTable.getSelectionModel().selectedItemProperty()
                .addListener((o, was, now) -> statements.selectedProperty().set(now));
        statements.selectedProperty().addListener((o, was, now) -> {
            statementFacts.setText(statements.describe(now));
            if (statementsTable.getSelectionModel().getSelectedItem() != now && now != null) {
                statementsTable.getSelectionModel().select(now);
            }
        });
        bindChosen();
    }

    private void bindChosen() {
        statementTextArea.textProperty().bindBidirectional(statements.editTextProperty());
        List<Choice<StatementMedium>> media = choices(text, null, "medium", StatementMedium.values());
        choose(consentMediumBox, media, statements.consentMediumProperty());
        choose(publishMediumBox, media, statements.publishMediumProperty());
        methodField.textProperty().bindBidirectional(statements.collectionMethodProperty());
        placeField.textProperty().bindBidirectional(statements.placeProperty());
        statementHowBox.getItems().setAll(ConsentActions.WITHDRAWAL_WAYS);
        statementHowBox.setValue(statements.howProperty().get());
        statementHowBox.valueProperty().addListener((o, was, now) -> statements.howProperty().set(now));
        statementHowBox.getEditor().textProperty().addListener((o, was, now) -> statements.howProperty().set(now));
        takeDownList.setItems(statements.takeDown());

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

    // ---------------------------------------------------------------- Handlers

    @FXML private void onSaveText() { statements.saveText(); }
    @FXML private void onAsk() { statements.askForConsent(); }
    @FXML private void onRecordConsent() { statements.recordConsent(); }
    @FXML private void onPublish() { statements.publish(); }
    @FXML private void onWithdrawStatement() { statements.withdraw(); }
}
