package com.custodia.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** View helpers every screen uses: showing a node only when it matters, and a label that shows a {@link Notice}. */
public final class NoticeLabels {

    private NoticeLabels() {
    }

    /** Shown and laid out only while the condition holds. */
    public static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /**
     * Binds the label to the notice; colour comes from AtlantaFX style classes switched by the
     * notice's kind ({@code banner} adds a subtle background for results that should stand out).
     */
    public static void bind(Label label, Notice notice, boolean banner) {
        label.textProperty().bind(notice.textProperty());
        showWhen(label, notice.textProperty().isNotEmpty());
        notice.kindProperty().addListener((o, old, kind) -> {
            label.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.BG_SUCCESS_SUBTLE, Styles.BG_DANGER_SUBTLE);
            switch (kind) {
                case SUCCESS -> label.getStyleClass().addAll(banner ? List.of(Styles.SUCCESS, Styles.BG_SUCCESS_SUBTLE)
                        : List.of(Styles.SUCCESS));
                case ERROR -> label.getStyleClass().addAll(banner ? List.of(Styles.DANGER, Styles.BG_DANGER_SUBTLE)
                        : List.of(Styles.DANGER));
                case INFO, NONE -> { /* plain */ }
            }
        });
    }
}
