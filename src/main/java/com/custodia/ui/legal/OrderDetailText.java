package com.custodia.ui.legal;

import com.custodia.service.legal.LegalOrderDetail;
import com.custodia.service.legal.PersonFields;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The detail pane's text for the selected order, one property per line of the pane, so the view
 * only binds labels and the wording is tested without a window. The categories are spelled out
 * with their fields: the approver sees exactly what would leave.
 */
public final class OrderDetailText {

    private final LegalText text;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", false);
    private final ReadOnlyStringWrapper title = line("title");
    private final ReadOnlyStringWrapper kind = line("kind");
    private final ReadOnlyStringWrapper authority = line("authority");
    private final ReadOnlyStringWrapper address = line("address");
    private final ReadOnlyStringWrapper reference = line("reference");
    private final ReadOnlyStringWrapper status = line("status");
    private final ReadOnlyStringWrapper deadline = line("deadline");
    private final ReadOnlyStringWrapper quietUntil = line("quietUntil");
    private final ReadOnlyStringWrapper persons = line("persons");
    private final ReadOnlyStringWrapper categories = line("categories");
    private final ReadOnlyStringWrapper copyName = line("copyName");
    private final ReadOnlyStringWrapper copySize = line("copySize");
    private final ReadOnlyStringWrapper copySha256 = line("copySha256");
    private final ReadOnlyStringWrapper entered = line("entered");
    private final ReadOnlyStringWrapper decision = line("decision");
    private final ReadOnlyStringWrapper handovers = line("handovers");
    private final List<ReadOnlyStringWrapper> all = List.of(title, kind, authority, address, reference, status,
            deadline, quietUntil, persons, categories, copyName, copySize, copySha256, entered, decision, handovers);

    OrderDetailText(LegalText text) {
        this.text = text;
    }

    private ReadOnlyStringWrapper line(String name) {
        return new ReadOnlyStringWrapper(this, name, "");
    }

    void show(LegalOrderDetail d, LocalDate today) {
        title.set(text.format("detail.title", d.id(), d.reference()));
        kind.set(text.kind(d.kind()));
        authority.set(d.authorityName());
        address.set(d.authorityAddress());
        reference.set(d.reference());
        status.set(text.status(d.status()));
        deadline.set(text.deadline(d.deadline(), d.status(), today));
        quietUntil.set(d.nonNotificationUntil() == null ? text.get("detail.quietUntil.none")
                : text.format("detail.quietUntil.until", text.time(d.nonNotificationUntil())));
        persons.set(text.format("detail.persons", d.personIds().size(),
                d.personIds().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        categories.set(d.categories().stream()
                .map(c -> text.format("detail.category", c, String.join(", ", PersonFields.fieldsOf(List.of(c)))))
                .collect(Collectors.joining("\n")));
        copyName.set(d.copyFileName());
        copySize.set(text.size(d.copySize()));
        copySha256.set(d.copySha256());
        entered.set(text.format("detail.entered.value", d.enteredBy(), text.time(d.enteredAt())));
        decision.set(decision(d));
        handovers.set(d.handoverCount() == 0 ? text.get("detail.handovers.none")
                : text.format("detail.handovers.value", d.handoverCount(), d.disclosedSeq(), text.time(d.disclosedAt())));
        shown.set(true);
    }

    private String decision(LegalOrderDetail d) {
        return switch (d.status()) {
            case RECEIVED -> text.get("detail.decision.pending");
            case APPROVED, DISCLOSED -> d.decisionReason() == null
                    ? text.format("detail.decision.approved", d.decidedBy(), text.time(d.decidedAt()))
                    : text.format("detail.decision.approvedNote", d.decidedBy(), text.time(d.decidedAt()),
                    d.decisionReason());
            case REJECTED -> text.format("detail.decision.rejected", d.decidedBy(), text.time(d.decidedAt()),
                    d.decisionReason());
        };
    }

    void clear() {
        all.forEach(line -> line.set(""));
        shown.set(false);
    }

    // ---------------------------------------------------------------- Properties

    /** False while no order is selected (or its detail is still loading). */
    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty kindProperty() { return kind.getReadOnlyProperty(); }
    public ReadOnlyStringProperty authorityProperty() { return authority.getReadOnlyProperty(); }
    public ReadOnlyStringProperty addressProperty() { return address.getReadOnlyProperty(); }
    public ReadOnlyStringProperty referenceProperty() { return reference.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty deadlineProperty() { return deadline.getReadOnlyProperty(); }
    public ReadOnlyStringProperty quietUntilProperty() { return quietUntil.getReadOnlyProperty(); }
    public ReadOnlyStringProperty personsProperty() { return persons.getReadOnlyProperty(); }
    public ReadOnlyStringProperty categoriesProperty() { return categories.getReadOnlyProperty(); }
    public ReadOnlyStringProperty copyNameProperty() { return copyName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty copySizeProperty() { return copySize.getReadOnlyProperty(); }
    public ReadOnlyStringProperty copySha256Property() { return copySha256.getReadOnlyProperty(); }
    public ReadOnlyStringProperty enteredProperty() { return entered.getReadOnlyProperty(); }
    public ReadOnlyStringProperty decisionProperty() { return decision.getReadOnlyProperty(); }
    public ReadOnlyStringProperty handoversProperty() { return handovers.getReadOnlyProperty(); }
}
