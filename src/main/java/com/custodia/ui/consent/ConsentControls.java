package com.custodia.ui.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** How the consent tabs build their columns and choice boxes and hide what a role may not do. */
final class ConsentControls {

    private ConsentControls() {
    }

    static void show(boolean shown, Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    static <S> void column(ConsentText text, TableView<S> table, String key, double width, Function<S, String> value) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<S, String> column = new TableColumn<>(text.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        table.getColumns().add(column);
    }

    /** One choice a value, each read as {@code text.words(prefix, name)}; first "any", where {@code any} is given. */
    static <E extends Enum<E>> List<Choice<E>> choices(ConsentText text, String any, String prefix, E[] values) {
        List<Choice<E>> choices = new ArrayList<>();
        if (any != null) {
            choices.add(new Choice<>(null, any));
        }
        for (E value : values) {
            choices.add(new Choice<>(value, text.words(prefix, value.name())));
        }
        return choices;
    }

    /** A choice box kept in step with a view-model property, both ways. */
    static <T> void choose(ComboBox<Choice<T>> box, List<Choice<T>> items, ObjectProperty<T> property) {
        box.getItems().setAll(items);
        select(box, property.get());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !Objects.equals(now.value(), property.get())) {
                property.set(now.value());
            }
        });
        property.addListener((o, was, now) -> select(box, now));
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        ObservableList<Choice<T>> items = box.getItems();
        for (Choice<T> c : items) {
            if (Objects.equals(c.value(), value)) {
                if (box.getValue() != c) {
                    box.setValue(c);
                }
                return;
            }
        }
    }
}
