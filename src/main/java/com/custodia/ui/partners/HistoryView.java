package com.custodia.ui.partners;

import static com.custodia.ui.partners.PartnersControls.cell;

import com.custodia.service.partners.PartnerDisclosures.PartnerDisclosure;
import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.NoticeLabels;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Code-behind of {@code fxml/partners/History.fxml}, the History tab: a partner's disclosures by
 * month, bound to {@link HistoryViewModel}.
 */
final class HistoryView {

    private final HistoryViewModel history;
    private final PartnerChoices partners;

    @FXML private ComboBox<PartnerView> historyPartner;
    @FXML private Label historySummary;
    @FXML private Label historyNotice;
    @FXML private TableView<HistoryViewModel.Month> monthsTable;
    @FXML private TableColumn<HistoryViewModel.Month, String> monthColumn;
    @FXML private TableColumn<HistoryViewModel.Month, String> countColumn;
    @FXML private TableView<PartnerDisclosure> entriesTable;
    @FXML private TableColumn<PartnerDisclosure, String> seqColumn;
    @FXML private TableColumn<PartnerDisclosure, String> timeColumn;
    @FXML private TableColumn<PartnerDisclosure, String> operatorColumn;
    @FXML private TableColumn<PartnerDisclosure, String> entryGrantColumn;
    @FXML private TableColumn<PartnerDisclosure, String> channelColumn;
    @FXML private TableColumn<PartnerDisclosure, String> entryFieldsColumn;
    @FXML private TableColumn<PartnerDisclosure, String> personsColumn;
    @FXML private TableColumn<PartnerDisclosure, String> hashColumn;

    HistoryView(HistoryViewModel history, PartnerChoices partners) {
        this.history = history;
        this.partners = partners;
    }

    @FXML
    private void initialize() {
        partners.add(historyPartner, "", history.partnerProperty());
        historySummary.textProperty().bind(history.summaryProperty());
        NoticeLabels.bind(historyNotice, history.notice(), false);
        monthsTable.setItems(history.months());
        cell(monthColumn, m -> m.month().toString());
        cell(countColumn, m -> Long.toString(m.count()));
        entriesTable.setItems(history.entries());
        cell(seqColumn, d -> Long.toString(d.seq()));
        cell(timeColumn, history::timeText);
        cell(operatorColumn, PartnerDisclosure::operator);
        cell(entryGrantColumn, PartnerDisclosure::grant);
        cell(channelColumn, PartnerDisclosure::channel);
        cell(entryFieldsColumn, history::fieldsText);
        cell(personsColumn, d -> Long.toString(d.persons()));
        cell(hashColumn, PartnerDisclosure::payloadSha256);
    }
}
