package com.custodia.ui.ledger;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A message shown next to what it is about (the table, a form, the verification), with a kind
 * so the view can colour it. Only view models change it; views bind to it. (The administration
 * screen has its own with package-private setters; both can move to ui.common when a third
 * screen needs one.)
 */
public final class Notice {

    /** How the message should look; {@link #NONE} means nothing is shown. */
    public enum Kind { NONE, INFO, SUCCESS, ERROR }

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind", Kind.NONE);

    void info(String message) {
        set(Kind.INFO, message);
    }

    void success(String message) {
        set(Kind.SUCCESS, message);
    }

    void error(String message) {
        set(Kind.ERROR, message);
    }

    void clear() {
        set(Kind.NONE, "");
    }

    private void set(Kind newKind, String message) {
        // the kind first, so a listener on the text already sees the matching kind
        kind.set(newKind);
        text.set(message == null ? "" : message);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public Kind getKind() {
        return kind.get();
    }
}
