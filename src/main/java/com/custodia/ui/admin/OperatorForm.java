package com.custodia.ui.admin;

import com.custodia.ui.common.Notice;

import com.custodia.domain.Role;
import com.custodia.service.operators.OperatorView;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the operator side panel: creating an account, changing an account's roles, or
 * setting a temporary password. The view binds its fields here; the view model opens, checks and
 * submits it. Passwords are held only while the panel is open.
 */
public final class OperatorForm {

    /** What the panel is doing; {@link #CLOSED} hides it. */
    public enum Mode { CLOSED, CREATE, ROLES, PASSWORD }

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.CLOSED);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty passwordRepeat = new SimpleStringProperty(this, "passwordRepeat", "");
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final Notice notice = new Notice();
    private final BooleanBinding open = mode.isNotEqualTo(Mode.CLOSED);
    private final BooleanBinding identityEditable = mode.isEqualTo(Mode.CREATE);
    private final BooleanBinding showsRoles = mode.isEqualTo(Mode.CREATE).or(mode.isEqualTo(Mode.ROLES));
    private final BooleanBinding showsPassword = mode.isEqualTo(Mode.CREATE).or(mode.isEqualTo(Mode.PASSWORD));
    private long targetId = -1;

    OperatorForm() {
        for (Role role : Role.values()) {
            roles.put(role, new SimpleBooleanProperty(this, role.name(), false));
        }
    }

    // ---------------------------------------------------------------- Properties

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public Mode getMode() {
        return mode.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordRepeatProperty() {
        return passwordRepeat;
    }

    /** One check box per role, in the order of {@link Role}. */
    public Map<Role, BooleanProperty> roles() {
        return Collections.unmodifiableMap(roles);
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.get(role);
    }

    /** Inline message of the panel: the service's reason when a submit is refused. */
    public Notice notice() {
        return notice;
    }

    public BooleanBinding openProperty() {
        return open;
    }

    /** User name and display name are typed only for a new account. */
    public BooleanBinding identityEditableProperty() {
        return identityEditable;
    }

    public BooleanBinding showsRolesProperty() {
        return showsRoles;
    }

    public BooleanBinding showsPasswordProperty() {
        return showsPassword;
    }

    // ---------------------------------------------------------------- Used by the view model

    void openCreate(String heading) {
        open(Mode.CREATE, heading, -1, "", "", EnumSet.noneOf(Role.class));
    }

    void openRoles(String heading, OperatorView operator) {
        open(Mode.ROLES, heading, operator.id(), operator.username(), operator.displayName(), operator.roles());
    }

    void openPassword(String heading, OperatorView operator) {
        open(Mode.PASSWORD, heading, operator.id(), operator.username(), operator.displayName(), Set.of());
    }

    void close() {
        open(Mode.CLOSED, "", -1, "", "", Set.of());
    }

    private void open(Mode newMode, String heading, long id, String name, String display, Set<Role> chosen) {
        targetId = id;
        username.set(name);
        displayName.set(display);
        roles.forEach((role, box) -> box.set(chosen.contains(role)));
        clearPasswords();
        notice.clear();
        title.set(heading);
        mode.set(newMode);
    }

    long targetId() {
        return targetId;
    }

    Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, box) -> {
            if (box.get()) {
                chosen.add(role);
            }
        });
        return chosen;
    }

    /** The service sees one password; only the panel can tell that the two typings differ. */
    boolean passwordsMatch() {
        return Objects.equals(password.get(), passwordRepeat.get());
    }

    /** A fresh copy for one service call, which the caller wipes afterwards. */
    char[] passwordChars() {
        String value = password.get();
        return value == null ? new char[0] : value.toCharArray();
    }

    void clearPasswords() {
        password.set("");
        passwordRepeat.set("");
    }
}
