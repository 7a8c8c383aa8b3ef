package com.custodia.ui.partners;

import com.custodia.domain.PartnerRegistrationStatus;
import com.custodia.domain.PartnerTier;
import com.custodia.service.partners.PartnerContactView;
import com.custodia.service.partners.PartnerDraft;
import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.Notice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The panel that registers a partner or changes one: what {@link PartnerDraft} holds, as the
 * operator types it. Contacts are one a line ("name; email; phone; role"). The service checks
 * everything again and its message is shown in {@link #notice()}.
 */
final class PartnerForm {

    private final PartnersText text;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty agreementReference = new SimpleStringProperty(this, "agreementReference", "");
    private final StringProperty agreementVersion = new SimpleStringProperty(this, "agreementVersion", "");
    private final ObjectProperty<PartnerRegistrationStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<LocalDate> registeredFrom = new SimpleObjectProperty<>(this, "registeredFrom");
    private final ObjectProperty<LocalDate> registeredUntil = new SimpleObjectProperty<>(this, "registeredUntil");
    private final ObjectProperty<PartnerTier> tier = new SimpleObjectProperty<>(this, "tier");
    private final StringProperty contacts = new SimpleStringProperty(this, "contacts", "");
    private final Notice notice = new Notice();
    /** The partner being changed and the version the operator saw; null when registering a new one. */
    private PartnerView editing;

    PartnerForm(PartnersText text) {
        this.text = text;
    }

    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public StringProperty nameProperty() { return name; }
    public StringProperty agreementReferenceProperty() { return agreementReference; }
    public StringProperty agreementVersionProperty() { return agreementVersion; }
    public ObjectProperty<PartnerRegistrationStatus> statusProperty() { return status; }
    public ObjectProperty<LocalDate> registeredFromProperty() { return registeredFrom; }
    public ObjectProperty<LocalDate> registeredUntilProperty() { return registeredUntil; }
    public ObjectProperty<PartnerTier> tierProperty() { return tier; }
    public StringProperty contactsProperty() { return contacts; }
    public Notice notice() { return notice; }

    /** Null while registering a new partner. */
    PartnerView editing() {
        return editing;
    }

    /** Opens empty for a new partner, registered from today for a year under the current agreement. */
    void openNew(LocalDate today, int currentAgreement) {
        editing = null;
        title.set(text.get("form.newTitle"));
        name.set("");
        agreementReference.set("");
        agreementVersion.set(Integer.toString(currentAgreement));
        status.set(PartnerRegistrationStatus.REGISTERED);
        registeredFrom.set(today);
        registeredUntil.set(today.plusYears(1));
        tier.set(PartnerTier.AUTHORIZED);
        contacts.set("");
        notice.clear();
        open.set(true);
    }

    void openEdit(PartnerView p) {
        editing = p;
        title.set(text.format("form.editTitle", p.name()));
        name.set(p.name());
        agreementReference.set(p.agreementReference());
        agreementVersion.set(Integer.toString(p.agreementVersion()));
        status.set(p.registrationStatus());
        registeredFrom.set(p.registeredFrom());
        registeredUntil.set(p.registeredUntil());
        tier.set(p.tier());
        contacts.set(p.contacts().stream().map(c -> String.join("; ", orEmpty(c.name()), orEmpty(c.email()),
                orEmpty(c.phone()), orEmpty(c.role()))).collect(Collectors.joining("\n")));
        notice.clear();
        open.set(true);
    }

    void close() {
        open.set(false);
        editing = null;
        notice.clear();
    }

    /** @throws IllegalArgumentException naming the field the screen itself cannot read */
    PartnerDraft draft() {
        int version;
        try {
            version = Integer.parseInt(agreementVersion.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(text.get("error.form.version"));
        }
        return new PartnerDraft(name.get(), agreementReference.get(), version, status.get(), registeredFrom.get(),
                registeredUntil.get(), tier.get(), contacts());
    }

    private List<PartnerContactView> contacts() {
        List<PartnerContactView> out = new ArrayList<>();
        String[] lines = contacts.get() == null ? new String[0] : contacts.get().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = lines[i].split(";", -1);
            if (parts.length > 4 || parts[0].isBlank()) {
                throw new IllegalArgumentException(text.format("error.form.contact", i + 1));
            }
            out.add(new PartnerContactView(parts[0].strip(), part(parts, 1), part(parts, 2), part(parts, 3)));
        }
        return out;
    }

    private static String part(String[] parts, int i) {
        return i < parts.length && !parts[i].isBlank() ? parts[i].strip() : null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
