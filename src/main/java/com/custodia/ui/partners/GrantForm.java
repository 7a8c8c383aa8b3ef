package com.custodia.ui.partners;

import com.custodia.domain.GrantPurpose;
import com.custodia.domain.GrantScope;
import com.custodia.domain.LicenseField;
import com.custodia.service.partners.GrantDraft;
import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.Notice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Grant…" panel: partner, scope (chosen customers, products, or what the partner resold),
 * the license fields allowed, purpose, validity and the reason. What the screen cannot read
 * (a customer number that is not a number, no end date) it says itself; everything else is the
 * service's to refuse, and its reason is shown in {@link #notice()}.
 */
final class GrantForm {

    private final PartnersText text;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", false);
    private final ObjectProperty<PartnerView> partner = new SimpleObjectProperty<>(this, "partner");
    private final ObjectProperty<GrantScope> scope = new SimpleObjectProperty<>(this, "scope");
    private final StringProperty persons = new SimpleStringProperty(this, "persons", "");
    private final StringProperty products = new SimpleStringProperty(this, "products", "");
    private final Map<LicenseField, BooleanProperty> fields = new EnumMap<>(LicenseField.class);
    private final ObjectProperty<GrantPurpose> purpose = new SimpleObjectProperty<>(this, "purpose");
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>(this, "validFrom");
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>(this, "validUntil");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final Notice notice = new Notice();

    GrantForm(PartnersText text) {
        this.text = text;
        for (LicenseField f : LicenseField.values()) {
            fields.put(f, new SimpleBooleanProperty(this, f.name(), false));
        }
    }

    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
    public ObjectProperty<PartnerView> partnerProperty() { return partner; }
    public ObjectProperty<GrantScope> scopeProperty() { return scope; }
    public StringProperty personsProperty() { return persons; }
    public StringProperty productsProperty() { return products; }
    /** One tick per license field, in the order of {@link LicenseField}. */
    public Map<LicenseField, BooleanProperty> fields() { return fields; }
    public ObjectProperty<GrantPurpose> purposeProperty() { return purpose; }
    public ObjectProperty<LocalDate> validFromProperty() { return validFrom; }
    public ObjectProperty<LocalDate> validUntilProperty() { return validUntil; }
    public StringProperty reasonProperty() { return reason; }
    public Notice notice() { return notice; }

    /** Verification of key, product, status and expiry for 90 days: the usual reseller grant. */
    void open(PartnerView chosen, LocalDate today) {
        partner.set(chosen);
        scope.set(GrantScope.CUSTOMERS);
        persons.set("");
        products.set("");
        fields.forEach((f, ticked) -> ticked.set(EnumSet.of(LicenseField.LICENSE_KEY, LicenseField.PRODUCT,
                LicenseField.STATUS, LicenseField.EXPIRY).contains(f)));
        purpose.set(GrantPurpose.VERIFICATION);
        validFrom.set(null);
        validUntil.set(today.plusDays(90));
        reason.set("");
        notice.clear();
        open.set(true);
    }

    void close() {
        open.set(false);
        notice.clear();
    }

    /** @throws IllegalArgumentException naming what is missing or unreadable */
    GrantDraft draft() {
        if (partner.get() == null) {
            throw new IllegalArgumentException(text.get("error.partnerRequired"));
        }
        if (scope.get() == null) {
            throw new IllegalArgumentException(text.get("error.scopeRequired"));
        }
        if (purpose.get() == null) {
            throw new IllegalArgumentException(text.get("error.purposeRequired"));
        }
        if (validUntil.get() == null) {
            throw new IllegalArgumentException(text.get("error.untilRequired"));
        }
        if (reason.get() == null || reason.get().isBlank()) {
            throw new IllegalArgumentException(text.get("error.reasonRequired"));
        }
        Set<LicenseField> allowed = EnumSet.noneOf(LicenseField.class);
        fields.forEach((f, ticked) -> {
            if (ticked.get()) {
                allowed.add(f);
            }
        });
        Set<Long> personIds = scope.get() == GrantScope.CUSTOMERS ? personIds() : Set.of();
        Set<String> productNames = scope.get() == GrantScope.PRODUCTS ? productNames() : Set.of();
        Instant from = validFrom.get() == null ? null : validFrom.get().atStartOfDay(ZoneOffset.UTC).toInstant();
        return new GrantDraft(partner.get().id(), scope.get(), personIds, productNames, allowed, purpose.get(), from,
                endOf(validUntil.get()), reason.get().strip());
    }

    /** A grant valid "until" a day answers through that whole day (UTC). */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
    }

    private Set<Long> personIds() {
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : persons.get() == null ? new String[0] : persons.get().split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(text.get("error.personsFormat"));
            }
        }
        return ids;
    }

    private Set<String> productNames() {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(products.get() == null ? new String[0] : products.get().split(","))
                .map(String::strip).filter(p -> !p.isEmpty()).forEach(names::add);
        return names;
    }
}
