package com.custodia.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A message shown next to what it is about (a table, a form, a verification), with a kind so the
 * view can colour it. Only view models change it; views bind to it.
 */
public final class Notice {

    /** How the message should look; {@link #NONE} means nothing is shown. */
    public enum Kind { NONE, INFO, SUCCESS, ERROR }

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind", Kind.NONE);

    public void info(String message) {
        set(Kind.INFO, message);
    }

    public void success(String message) {
        set(Kind.SUCCESS, message);
    }

    public void error(String message) {
        set(Kind.ERROR, message);
    }

    public void clear() {
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
