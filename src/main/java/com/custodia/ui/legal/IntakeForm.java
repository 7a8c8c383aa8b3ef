package com.custodia.ui.legal;

import com.custodia.ui.common.Notice;

import com.custodia.policy.DisclosureRules.OrderKind;
import com.custodia.service.legal.LegalOrderDraft;
import com.custodia.service.legal.PersonFields;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the intake panel: what the operator typed for a new legal order. It turns the
 * typed person ids into numbers; everything else is checked by the service, which names the
 * fields that are wrong.
 */
public final class IntakeForm {

    private final LegalText text;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", false);
    private final ObjectProperty<OrderKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty authorityName = new SimpleStringProperty(this, "authorityName", "");
    private final StringProperty authorityAddress = new SimpleStringProperty(this, "authorityAddress", "");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final StringProperty persons = new SimpleStringProperty(this, "persons", "");
    private final Map<String, BooleanProperty> categories = new LinkedHashMap<>();
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>(this, "deadline");
    private final ObjectProperty<LocalDate> quietUntil = new SimpleObjectProperty<>(this, "quietUntil");
    private final ReadOnlyObjectWrapper<Path> copy = new ReadOnlyObjectWrapper<>(this, "copy");
    private final Notice notice = new Notice();

    IntakeForm(LegalText text) {
        this.text = text;
        for (String category : PersonFields.CATEGORIES) {
            categories.put(category, new SimpleBooleanProperty(this, category, false));
        }
    }

    // ---------------------------------------------------------------- Properties

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    public ObjectProperty<OrderKind> kindProperty() {
        return kind;
    }

    public StringProperty authorityNameProperty() {
        return authorityName;
    }

    public StringProperty authorityAddressProperty() {
        return authorityAddress;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    /** Person ids as typed: separated by commas, semicolons or spaces. */
    public StringProperty personsProperty() {
        return persons;
    }

    /** One tick per category of {@link PersonFields#CATEGORIES}, in that order. */
    public Map<String, BooleanProperty> categories() {
        return Collections.unmodifiableMap(categories);
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    /** The last day (inclusive, UTC) on which the person must not learn of the hand-over; empty for none. */
    public ObjectProperty<LocalDate> quietUntilProperty() {
        return quietUntil;
    }

    /** The attached copy of the order, chosen through the file chooser. */
    public ReadOnlyObjectProperty<Path> copyProperty() {
        return copy.getReadOnlyProperty();
    }

    public Notice notice() {
        return notice;
    }

    // ---------------------------------------------------------------- Commands (view model only)

    void open() {
        clear();
        open.set(true);
    }

    void close() {
        open.set(false);
        clear();
    }

    void attach(Path file) {
        copy.set(file);
    }

    /**
     * The draft to hand to the service.
     *
     * @throws IllegalArgumentException when a typed person id is not a number
     */
    LegalOrderDraft draft() {
        Set<String> chosen = new LinkedHashSet<>();
        categories.forEach((name, ticked) -> {
            if (ticked.get()) {
                chosen.add(name);
            }
        });
        // through the end of the chosen day: "until 31 July" means the person may learn of it on 1 August
        Instant quiet = quietUntil.get() == null ? null
                : quietUntil.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new LegalOrderDraft(kind.get(), authorityName.get(), authorityAddress.get(), reference.get(),
                personIds(persons.get()), chosen, deadline.get(), quiet, copy.get());
    }

    private Set<Long> personIds(String typed) {
        Set<Long> ids = new TreeSet<>();
        if (typed == null) {
            return ids;
        }
        for (String token : typed.split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            try {
                long id = Long.parseLong(token);
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(text.format("form.persons.invalid", token));
            }
        }
        return ids;
    }

    private void clear() {
        kind.set(null);
        authorityName.set("");
        authorityAddress.set("");
        reference.set("");
        persons.set("");
        categories.values().forEach(ticked -> ticked.set(false));
        deadline.set(null);
        quietUntil.set(null);
        copy.set(null);
        notice.clear();
    }
}
