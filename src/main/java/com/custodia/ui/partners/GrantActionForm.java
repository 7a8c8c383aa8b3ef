package com.custodia.ui.partners;

import com.custodia.service.partners.GrantView;
import com.custodia.ui.common.Notice;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The panel that renews or revokes one grant: the new end (renewal only) and the reason, which
 * both need. Open for one grant and one action at a time.
 */
final class GrantActionForm {

    /** What the panel does; {@link #NONE} while closed. */
    enum Action { NONE, RENEW, REVOKE }

    private final PartnersText text;
    private final ReadOnlyObjectWrapper<Action> action = new ReadOnlyObjectWrapper<>(this, "action", Action.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>(this, "until");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final Notice notice = new Notice();
    private GrantView grant;

    GrantActionForm(PartnersText text) {
        this.text = text;
    }

    public ReadOnlyObjectProperty<Action> actionProperty() { return action.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ObjectProperty<LocalDate> untilProperty() { return until; }
    public StringProperty reasonProperty() { return reason; }
    public Notice notice() { return notice; }

    GrantView grant() {
        return grant;
    }

    void openRenew(GrantView g, LocalDate today) {
        grant = g;
        LocalDate end = LocalDate.ofInstant(g.validUntil(), ZoneOffset.UTC);
        until.set((end.isAfter(today) ? end : today).plusDays(90));
        reason.set("");
        notice.clear();
        title.set(text.format("action.renewTitle", g.id(), g.partnerName()));
        action.set(Action.RENEW);
    }

    void openRevoke(GrantView g) {
        grant = g;
        until.set(null);
        reason.set("");
        notice.clear();
        title.set(text.format("action.revokeTitle", g.id(), g.partnerName()));
        action.set(Action.REVOKE);
    }

    void close() {
        action.set(Action.NONE);
        grant = null;
        notice.clear();
    }

    /** The reason typed, or an exception saying one is required. */
    String reason() {
        String r = reason.get();
        if (r == null || r.isBlank()) {
            throw new IllegalArgumentException(text.get("error.reasonRequired"));
        }
        return r.strip();
    }
}
