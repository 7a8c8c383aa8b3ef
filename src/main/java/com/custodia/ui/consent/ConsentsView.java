package com.custodia.ui.consent;

import static com.custodia.ui.consent.ConsentControls.choices;
import static com.custodia.ui.consent.ConsentControls.choose;
import static com.custodia.ui.consent.ConsentControls.column;
import static com.custodia.ui.consent.ConsentControls.show;

import com.custodia.domain.ConsentStatus;
import com.custodia.service.consent.ConsentService.ConsentView;
import com.custodia.service.consent.PolicyVersionView;
import com.custodia.service.consent.ReceiptFormat;
import com.custodia.ui.common.NoticeLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * Code-behind of {@code fxml/consent/Consents.fxml}, the Consents tab: consents across everyone
 * and the chosen one's receipt, bound to {@link ConsentsViewModel}.
 */
final class ConsentsView {

    private final ConsentsViewModel consents;
    private final ConsentText text;

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

    ConsentsView(ConsentsViewModel consents, ConsentText text) {
        this.consents = consents;
        this.text = text;
    }

    @FXML
    private void initialize() {
        NoticeLabels.bind(consentsNotice, consents.notice(), true);
        consentsSummary.textProperty().bind(consents.summaryProperty());
        purposeField.textProperty().bindBidirectional(consents.purposeProperty());
        reconfirmCheck.selectedProperty().bindBidirectional(consents.needsReconfirmationProperty());
        choose(statusBox, choices(text, text.get("filter.anyStatus"), "consentStatus", ConsentStatus.values()),
                consents.statusProperty());
        rebuildVersions();
        consents.versions().addListener((ListChangeListener<PolicyVersionView>) c -> rebuildVersions());
        versionBox.valueProperty().addListener((o, was, now) -> {
            if (now != null && !Objects.equals(now.value(), consents.versionProperty().get())) {
                consents.versionProperty().set(now.value());
            }
        });
        consents.versionProperty().addListener((o, was, now) -> selectVersion(now));
        bindTable();
        bindActions();
    }

    private void bindTable() {
        consentsTable.setItems(consents.rows());
        column(text, consentsTable, "column.id", 55, c -> String.valueOf(c.id()));
        column(text, consentsTable, "column.person", 70, c -> String.valueOf(c.personId()));
        column(text, consentsTable, "column.purpose", 180, ConsentView::purpose);
        column(text, consentsTable, "column.status", 120, c -> text.words("consentStatus", c.status())
                + (c.needsReconfirmation() ? " · " + text.get("consent.reconfirm") : ""));
        column(text, consentsTable, "column.version", 90, c -> c.policyVersionLabel() == null ? ""
                : c.policyVersionLabel());
        column(text, consentsTable, "column.given", 130, c -> text.time(c.givenAt()));
        column(text, consentsTable, "column.withdrawn", 130, c -> text.time(c.withdrawnAt()));
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
    }

    private void bindActions() {
        ConsentActions actions = consents.actions();
        howBox.getItems().setAll(ConsentActions.WITHDRAWAL_WAYS);
        howBox.setValue(actions.howProperty().get());
        howBox.valueProperty().addListener((o, was, now) -> actions.howProperty().set(now));
        howBox.getEditor().textProperty().addListener((o, was, now) -> actions.howProperty().set(now));
        var noneSelected = consents.selectedProperty().isNull();
        var notGranted = Bindings.createBooleanBinding(() -> consents.selectedProperty().get()
                == null || !ConsentStatus.GRANTED.name().equals(consents.selectedProperty().get().status()),
                consents.selectedProperty());
        withdrawButton.disableProperty().bind(notGranted.or(actions.busyProperty()));
        receiptJsonButton.disableProperty().bind(noneSelected.or(actions.busyProperty()));
        receiptPdfButton.disableProperty().bind(noneSelected.or(actions.busyProperty()));
        show(actions.mayManage(), withdrawButton, receiptJsonButton, receiptPdfButton, howBox);
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

    // ---------------------------------------------------------------- Handlers

    @FXML private void onSearchConsents() { consents.search(); }
    @FXML private void onClearFilters() { consents.clearFilters(); }
    @FXML private void onWithdrawConsent() { consents.withdrawSelected(); }
    @FXML private void onReceiptJson() { consents.exportSelected(ReceiptFormat.JSON); }
    @FXML private void onReceiptPdf() { consents.exportSelected(ReceiptFormat.PDF); }
}
