package com.custodia.ui.partners;

import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.Notice;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The panel that renews a partner's registration: the new end, the agreement version and
 * reference when the partner signed a newer one, and the reason (required by the service).
 */
final class RenewalForm {

    private final PartnersText text;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>(this, "until");
    private final StringProperty agreementVersion = new SimpleStringProperty(this, "agreementVersion", "");
    private final StringProperty agreementReference = new SimpleStringProperty(this, "agreementReference", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final Notice notice = new Notice();
    private PartnerView partner;

    RenewalForm(PartnersText text) {
        this.text = text;
    }

    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ObjectProperty<LocalDate> untilProperty() { return until; }
    public StringProperty agreementVersionProperty() { return agreementVersion; }
    public StringProperty agreementReferenceProperty() { return agreementReference; }
    public StringProperty reasonProperty() { return reason; }
    public Notice notice() { return notice; }

    PartnerView partner() {
        return partner;
    }

    /** A year from today or from the current end, whichever is later; the current agreement offered when older. */
    void open(PartnerView p, LocalDate today, int currentAgreement) {
        partner = p;
        title.set(text.format("renew.title", p.name()));
        LocalDate base = p.registeredUntil() != null && p.registeredUntil().isAfter(today) ? p.registeredUntil() : today;
        until.set(base.plusYears(1));
        agreementVersion.set(p.agreementVersion() < currentAgreement ? Integer.toString(currentAgreement) : "");
        agreementReference.set("");
        reason.set("");
        notice.clear();
        open.set(true);
    }

    void close() {
        open.set(false);
        partner = null;
        notice.clear();
    }

    /** Null when unchanged. */
    Integer version() {
        String v = agreementVersion.get() == null ? "" : agreementVersion.get().strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text.get("error.form.version"));
        }
    }

    /** Null when unchanged. */
    String reference() {
        String r = agreementReference.get();
        return r == null || r.isBlank() ? null : r.strip();
    }
}
