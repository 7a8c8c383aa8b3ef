package com.custodia.ui.partners;

import com.custodia.service.auth.Principal;
import com.custodia.service.partners.PartnerDisclosures.PartnerDisclosure;
import com.custodia.service.partners.PartnerDisclosures;
import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.ScreenRunner;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Disclosure history tab without its nodes: for one partner, every ledger entry that recorded
 * something handed to it (newest first) and how many there were each month (UTC).
 */
public final class HistoryViewModel {

    /** One month and its number of disclosures. */
    public record Month(YearMonth month, long count) {
    }

    private final PartnerDisclosures disclosures;
    private final Principal actor;
    private final PartnersText text;
    private final ScreenRunner runner;
    private final ObjectProperty<PartnerView> partner = new SimpleObjectProperty<>(this, "partner");
    private final ObservableList<Month> months = FXCollections.observableArrayList();
    private final ObservableList<Month> readOnlyMonths = FXCollections.unmodifiableObservableList(months);
    private final ObservableList<PartnerDisclosure> entries = FXCollections.observableArrayList();
    private final ObservableList<PartnerDisclosure> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Notice notice = new Notice();

    HistoryViewModel(PartnerDisclosures disclosures, Principal actor, PartnersText text, ScreenRunner runner) {
        this.disclosures = disclosures;
        this.actor = actor;
        this.text = text;
        this.runner = runner;
        summary.set(text.get("history.none"));
        partner.addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                load();
            }
        });
    }

    public ObjectProperty<PartnerView> partnerProperty() { return partner; }
    /** Oldest month first. */
    public ObservableList<Month> months() { return readOnlyMonths; }
    /** Newest first. */
    public ObservableList<PartnerDisclosure> entries() { return readOnlyEntries; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public Notice notice() { return notice; }

    String fieldsText(PartnerDisclosure d) {
        return text.fieldNames(d.fields());
    }

    String timeText(PartnerDisclosure d) {
        return text.cellTime(d.occurredAt());
    }

    /** Reads the chosen partner's history again. */
    public void load() {
        months.clear();
        entries.clear();
        notice.clear();
        PartnerView p = partner.get();
        if (p == null) {
            summary.set(text.get("history.none"));
            return;
        }
        summary.set("");
        runner.run(text.get("task.history"), () -> disclosures.history(actor, p.id()), notice, history -> {
            if (partner.get() == null || partner.get().id() != history.partnerId()) {
                return;
            }
            List<Month> counted = new ArrayList<>();
            for (Map.Entry<YearMonth, Long> e : history.perMonth().entrySet()) {
                counted.add(new Month(e.getKey(), e.getValue()));
            }
            months.setAll(counted);
            entries.setAll(history.disclosures());
            summary.set(text.format("history.summary", history.disclosures().size(), history.partner()));
        });
    }

    void dispose() {
        months.clear();
        entries.clear();
        partner.set(null);
    }
}
