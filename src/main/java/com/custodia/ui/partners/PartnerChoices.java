package com.custodia.ui.partners;

import com.custodia.service.partners.PartnerView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * The partner choices of the screen's tabs (grants filter, grant panel, lookup, history): every
 * one offers the partners in the table's order, each kept in step with a view-model property.
 */
final class PartnerChoices {

    private final ObservableList<PartnerView> partners;
    private final Map<ComboBox<PartnerView>, ObjectProperty<PartnerView>> boxes = new LinkedHashMap<>();
    /** Boxes whose first item is "no partner", which reads as all of them. */
    private final Set<ComboBox<PartnerView>> offeringAll = new HashSet<>();

    PartnerChoices(ObservableList<PartnerView> partners) {
        this.partners = partners;
    }

    /** A choice of one partner; {@code none} is shown while nothing is chosen. */
    void add(ComboBox<PartnerView> box, String none, ObjectProperty<PartnerView> chosen) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(PartnerView p) {
                return p == null ? none : p.name();
            }

            @Override
            public PartnerView fromString(String string) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(PartnerView p, boolean empty) {
                super.updateItem(p, empty);
                setText(p == null ? none : p.name());
            }
        });
        box.valueProperty().bindBidirectional(chosen);
        boxes.put(box, chosen);
    }

    /** A choice whose first item, {@code all}, chooses no partner. */
    void addWithAll(ComboBox<PartnerView> box, String all, ObjectProperty<PartnerView> chosen) {
        add(box, all, chosen);
        offeringAll.add(box);
    }

    /**
     * Offers the partners as the list now has them; a chosen partner stays chosen by id. The box
     * lets go of the model's property while its items are replaced, since a combo box passes
     * through "nothing chosen" then, which would read as the operator clearing it.
     */
    void offer() {
        boxes.forEach((box, chosen) -> {
            PartnerView was = chosen.get();
            List<PartnerView> items = new ArrayList<>();
            if (offeringAll.contains(box)) {
                items.add(null);
            }
            items.addAll(partners);
            box.valueProperty().unbindBidirectional(chosen);
            box.getItems().setAll(items);
            if (was != null) {
                chosen.set(partners.stream().filter(p -> p.id() == was.id()).findFirst().orElse(null));
            }
            box.valueProperty().bindBidirectional(chosen);
        });
    }
}
