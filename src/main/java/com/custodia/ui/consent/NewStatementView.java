package com.custodia.ui.consent;

import static com.custodia.ui.consent.ConsentControls.choices;
import static com.custodia.ui.consent.ConsentControls.choose;
import static com.custodia.ui.consent.ConsentControls.show;

import com.custodia.domain.Attribution;
import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementSource;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * Code-behind of {@code fxml/consent/NewStatement.fxml}: a new statement on the Statements tab,
 * offered to those who may edit statements, bound to {@link StatementsViewModel}.
 */
final class NewStatementView {

    private final StatementsViewModel statements;
    private final ConsentText text;

    @FXML private Node newStatementPane;
    @FXML private TextField newPersonField;
    @FXML private ComboBox<Choice<StatementSource>> newSourceBox;
    @FXML private ComboBox<Choice<StatementMedium>> newMediumBox;
    @FXML private ComboBox<Choice<Attribution>> newAttributionBox;
    @FXML private TextField newIncentiveField;
    @FXML private TextArea newStatementText;
    @FXML private Button recordStatementButton;

    NewStatementView(StatementsViewModel statements, ConsentText text) {
        this.statements = statements;
        this.text = text;
    }

    @FXML
    private void initialize() {
        show(statements.mayEdit(), newStatementPane);
        newPersonField.textProperty().bindBidirectional(statements.newPersonProperty());
        newIncentiveField.textProperty().bindBidirectional(statements.newIncentiveProperty());
        newStatementText.textProperty().bindBidirectional(statements.newTextProperty());
        choose(newSourceBox, choices(text, null, "source", StatementSource.values()), statements.newSourceProperty());
        choose(newMediumBox, choices(text, null, "medium", StatementMedium.values()), statements.newMediumProperty());
        choose(newAttributionBox, choices(text, null, "attribution", Attribution.values()),
                statements.newAttributionProperty());
        recordStatementButton.disableProperty().bind(statements.busyProperty());
    }

    @FXML private void onRecordStatement() { statements.recordStatement(); }
}
