package com.custodia.ui.partners;

import com.custodia.service.auth.Principal;
import com.custodia.service.partners.LicenseLookupService;
import com.custodia.service.partners.LookupAnswer;
import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.ScreenRunner;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The License lookup tab without its nodes: a partner, a key typed, Look up. An answer shows
 * exactly the fields the partner's grant allows and the ledger entry that recorded it; a refusal
 * shows the service's reason and that nothing was disclosed.
 */
public final class LookupViewModel {

    /** One answered field, in the screen's words. */
    public record Row(String field, String value) {
    }

    private final LicenseLookupService lookups;
    private final Principal actor;
    private final PartnersText text;
    private final ScreenRunner runner;
    private final ObjectProperty<PartnerView> partner = new SimpleObjectProperty<>(this, "partner");
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper payloadHash = new ReadOnlyStringWrapper(this, "payloadHash", "");
    private final Notice result = new Notice();
    private final Notice note = new Notice();

    LookupViewModel(LicenseLookupService lookups, Principal actor, PartnersText text, ScreenRunner runner) {
        this.lookups = lookups;
        this.actor = actor;
        this.text = text;
        this.runner = runner;
        // an answer belongs to the partner and key it was asked for
        partner.addListener((o, was, now) -> {
            // the same partner read again (a refresh) keeps the answer
            if (was == null || now == null || was.id() != now.id()) {
                clearAnswer();
            }
        });
        key.addListener((o, was, now) -> clearAnswer());
    }

    public ObjectProperty<PartnerView> partnerProperty() { return partner; }
    public StringProperty keyProperty() { return key; }
    /** The fields answered; empty after a refusal. */
    public ObservableList<Row> rows() { return readOnlyRows; }
    /** "Answered … entry n" or "Refused: reason". */
    public Notice result() { return result; }
    /** What was recorded: the answer's hash, or that a refusal disclosed nothing. */
    public Notice note() { return note; }
    public ReadOnlyStringProperty payloadHashProperty() { return payloadHash.getReadOnlyProperty(); }

    public void lookUp() {
        clearAnswer();
        PartnerView p = partner.get();
        String typed = key.get() == null ? "" : key.get().strip();
        if (p == null) {
            result.error(text.get("error.partnerRequired"));
            return;
        }
        if (typed.isEmpty()) {
            result.error(text.get("lookup.keyRequired"));
            return;
        }
        runner.run(text.get("task.lookup"), () -> lookups.lookup(actor, p.name(), typed, Set.of()), result,
                answer -> {
                    if (partner.get() == p && typed.equals(key.get() == null ? "" : key.get().strip())) {
                        show(answer);
                    }
                });
    }

    private void show(LookupAnswer answer) {
        if (answer.answered()) {
            for (Map.Entry<String, Object> e : answer.fields().entrySet()) {
                rows.add(new Row(text.fieldName(e.getKey()), String.valueOf(e.getValue())));
            }
            result.success(text.format("lookup.answered", answer.partner(), answer.grantId(), answer.ledgerSeq()));
            note.info(text.format("lookup.sha", answer.payloadSha256()));
            payloadHash.set(answer.payloadSha256());
        } else {
            result.error(text.format("lookup.refused", answer.reason()));
            note.info(text.get("lookup.refusedNote"));
        }
    }

    private void clearAnswer() {
        rows.clear();
        result.clear();
        note.clear();
        payloadHash.set("");
    }

    void dispose() {
        clearAnswer();
        key.set("");
        partner.set(null);
    }
}
