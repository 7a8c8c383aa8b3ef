package com.custodia.ui.legal;

import com.custodia.ui.common.NoticeLabels;

import com.custodia.ui.common.Notice;

import atlantafx.base.theme.Styles;
import com.custodia.policy.DisclosureRules.OrderKind;
import com.custodia.service.legal.LegalOrderSummary;
import com.custodia.service.legal.PersonFields;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.util.StringConverter;

/**
 * Code-behind of {@code fxml/legal/LegalOrders.fxml}: binds the controls to
 * {@link LegalOrdersViewModel} and forwards each action to it in one line.
 */
public final class LegalOrdersView implements ScreenView {

    private final LegalOrdersViewModel model;
    private final LegalText text;
    private final Parent root;

    @FXML private Button newButton;
    @FXML private Button refreshButton;
    @FXML private Label notice;
    @FXML private TableView<LegalOrderSummary> ordersTable;
    @FXML private TableColumn<LegalOrderSummary, String> kindColumn;
    @FXML private TableColumn<LegalOrderSummary, String> authorityColumn;
    @FXML private TableColumn<LegalOrderSummary, String> referenceColumn;
    @FXML private TableColumn<LegalOrderSummary, String> statusColumn;
    @FXML private TableColumn<LegalOrderSummary, String> deadlineColumn;
    @FXML private TableColumn<LegalOrderSummary, String> enteredByColumn;

    @FXML private Node detailScroll;
    @FXML private Label detailNone;
    @FXML private Node detailPane;
    @FXML private Label detailTitle;
    @FXML private Label detailKind;
    @FXML private Label detailAuthority;
    @FXML private Label detailAddress;
    @FXML private Label detailReference;
    @FXML private Label detailStatus;
    @FXML private Label detailDeadline;
    @FXML private Label detailQuietUntil;
    @FXML private Label detailPersons;
    @FXML private Label detailCategories;
    @FXML private Label detailCopyName;
    @FXML private Label detailCopySize;
    @FXML private TextField detailCopySha256;
    @FXML private Label detailEntered;
    @FXML private Label detailDecision;
    @FXML private Label detailHandovers;
    @FXML private TextArea decisionReason;
    @FXML private Node decisionButtons;
    @FXML private Button approveButton;
    @FXML private Button rejectButton;
    @FXML private Label decisionHint;
    @FXML private Node handOverButtons;
    @FXML private Button handOverButton;
    @FXML private Label handOverHint;

    @FXML private Node formPanel;
    @FXML private ComboBox<OrderKind> formKind;
    @FXML private TextField formAuthorityName;
    @FXML private TextArea formAuthorityAddress;
    @FXML private TextField formReference;
    @FXML private TextField formPersons;
    @FXML private Pane formCategories;
    @FXML private DatePicker formDeadline;
    @FXML private DatePicker formQuietUntil;
    @FXML private Label formCopyName;
    @FXML private Label formNotice;
    @FXML private Button formSave;

    public LegalOrdersView(LegalOrdersViewModel model, ViewLoader views) {
        this.model = model;
        this.text = model.text();
        this.root = views.load(LegalOrdersScreen.FEATURE, "LegalOrders", this);
    }

    @FXML
    private void initialize() {
        bindList();
        bindDetail();
        bindForm();
    }

    // ---------------------------------------------------------------- Bindings

    private void bindList() {
        newButton.setDisable(!model.mayEnter());
        refreshButton.disableProperty().bind(model.busyProperty());
        NoticeLabels.bind(notice, model.notice(), false);
        ordersTable.setItems(model.orders());
        cell(kindColumn, model::kindText);
        cell(authorityColumn, LegalOrderSummary::authorityName);
        cell(referenceColumn, LegalOrderSummary::reference);
        cell(statusColumn, model::statusText);
        cell(deadlineColumn, model::deadlineText);
        cell(enteredByColumn, LegalOrderSummary::enteredBy);
        ordersTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.select(now));
        // the model re-selects an order after a reload; mirror that in the table
        model.selectedProperty().addListener((o, old, now) -> {
            if (now == null) {
                ordersTable.getSelectionModel().clearSelection();
            } else if (ordersTable.getSelectionModel().getSelectedItem() != now) {
                ordersTable.getSelectionModel().select(now);
            }
        });
    }

    private void bindDetail() {
        OrderDetailText d = model.detailText();
        NoticeLabels.showWhen(detailPane, d.shownProperty());
        NoticeLabels.showWhen(detailNone, d.shownProperty().not());
        detailTitle.textProperty().bind(d.titleProperty());
        detailKind.textProperty().bind(d.kindProperty());
        detailAuthority.textProperty().bind(d.authorityProperty());
        detailAddress.textProperty().bind(d.addressProperty());
        detailReference.textProperty().bind(d.referenceProperty());
        detailStatus.textProperty().bind(d.statusProperty());
        detailDeadline.textProperty().bind(d.deadlineProperty());
        detailQuietUntil.textProperty().bind(d.quietUntilProperty());
        detailPersons.textProperty().bind(d.personsProperty());
        detailCategories.textProperty().bind(d.categoriesProperty());
        detailCopyName.textProperty().bind(d.copyNameProperty());
        detailCopySize.textProperty().bind(d.copySizeProperty());
        detailCopySha256.textProperty().bind(d.copySha256Property());
        detailEntered.textProperty().bind(d.enteredProperty());
        detailDecision.textProperty().bind(d.decisionProperty());
        detailHandovers.textProperty().bind(d.handoversProperty());

        decisionReason.textProperty().bindBidirectional(model.decisionReasonProperty());
        decisionReason.disableProperty().bind(model.canDecideProperty().not());
        approveButton.disableProperty().bind(model.canDecideProperty().not());
        rejectButton.disableProperty().bind(model.canDecideProperty().not());
        hint(decisionButtons, decisionHint, model.decisionHintProperty());
        handOverButton.disableProperty().bind(model.canHandOverProperty().not());
        hint(handOverButtons, handOverHint, model.handOverHintProperty());
    }

    private void bindForm() {
        IntakeForm form = model.form();
        NoticeLabels.showWhen(formPanel, form.openProperty());
        NoticeLabels.showWhen(detailScroll, form.openProperty().not());
        formKind.getItems().setAll(OrderKind.values());
        formKind.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrderKind kind) {
                return text.kind(kind);
            }

            @Override
            public OrderKind fromString(String string) {
                return null;
            }
        });
        formKind.valueProperty().bindBidirectional(form.kindProperty());
        formAuthorityName.textProperty().bindBidirectional(form.authorityNameProperty());
        formAuthorityAddress.textProperty().bindBidirectional(form.authorityAddressProperty());
        formReference.textProperty().bindBidirectional(form.referenceProperty());
        formPersons.textProperty().bindBidirectional(form.personsProperty());
        form.categories().forEach((category, ticked) -> {
            CheckBox box = new CheckBox(text.format("form.category", category,
                    String.join(", ", PersonFields.fieldsOf(List.of(category)))));
            box.setId("category-" + category);
            // field names such as postal_code are shown as they are, not read as mnemonics
            box.setMnemonicParsing(false);
            box.selectedProperty().bindBidirectional(ticked);
            formCategories.getChildren().add(box);
        });
        formDeadline.valueProperty().bindBidirectional(form.deadlineProperty());
        formQuietUntil.valueProperty().bindBidirectional(form.quietUntilProperty());
        formCopyName.textProperty().bind(form.copyProperty().map(path -> path.getFileName().toString())
                .orElse(text.get("form.copy.none")));
        formSave.disableProperty().bind(model.busyProperty());
        NoticeLabels.bind(formNotice, form.notice(), false);
    }

    private static <S> void cell(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
    }


    /** The reason a command is unavailable: beside it, and as a tooltip on the box around its buttons. */
    private static void hint(Node buttons, Label label, ObservableValue<String> reason) {
        label.textProperty().bind(reason);
        NoticeLabels.showWhen(label, label.textProperty().isNotEmpty());
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(reason);
        reason.addListener((o, old, now) -> {
            if (now == null || now.isEmpty()) {
                Tooltip.uninstall(buttons, tooltip);
            } else {
                Tooltip.install(buttons, tooltip);
            }
        });
        if (reason.getValue() != null && !reason.getValue().isEmpty()) {
            Tooltip.install(buttons, tooltip);
        }
    }


    // ---------------------------------------------------------------- Handlers

    @FXML private void onNew() { model.startIntake(); }
    @FXML private void onRefresh() { model.refresh(); }
    @FXML private void onApprove() { model.approve(); }
    @FXML private void onReject() { model.reject(); }
    @FXML private void onHandOver() { model.handOver(); }
    @FXML private void onAttach() { model.chooseCopy(); }
    @FXML private void onSave() { model.submitIntake(); }
    @FXML private void onCancel() { model.cancelIntake(); }

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
