package com.custodia.ui.main;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Role;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.ProfileLabels;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.TaskExecutor;
import com.custodia.ui.common.Themes;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's state: which screens this operator may open, which one is shown, the
 * title and status bar texts (with the ledger's state), the search box, and the menu's verbs,
 * which the window flow carries out.
 */
public final class MainWindowViewModel {

    /** What the menu asks of the application. */
    public interface Actions {
        void lockNow();

        void signOut();

        void exit();

        void themeChanged(String theme);

        void about();

        /** File → Open case file…: a read-only window that needs nothing of the workspace. */
        default void openCaseFile() {
            throw new UnsupportedOperationException("opening case files is not wired here");
        }
    }

    private final Principal principal;
    private final ConnectionProfile profile;
    private final boolean demo;
    private final List<Screen> navigation;
    private final ResourceBundle bundle;
    private final ResourceBundle common;
    private final Actions actions;
    private final ObjectProperty<Screen> selected = new SimpleObjectProperty<>();
    private final StringProperty theme = new SimpleStringProperty();
    private final GlobalSearchViewModel search;
    private final LedgerStatusViewModel ledger;
    private PolicyStatusViewModel policy;

    /**
     * @param screens       every screen the console has; only those the principal may see are listed
     * @param initialScreen id of the screen to show first (the last one before a lock), or null
     * @param ledger        the ledger's state for the status bar, started by {@link #start()}
     */
    public MainWindowViewModel(Principal principal, ConnectionProfile profile, boolean demo, List<Screen> screens,
                               String initialScreen, String initialTheme, ResourceBundle bundle,
                               ResourceBundle common, TaskExecutor executor, LedgerStatusViewModel ledger,
                               Actions actions) {
        this.principal = principal;
        this.profile = profile;
        this.demo = demo;
        this.navigation = screens.stream().filter(screen -> screen.visibleTo(principal)).toList();
        this.bundle = bundle;
        this.common = common;
        this.actions = actions;
        this.theme.set(Themes.normalise(initialTheme));
        this.theme.addListener((obs, was, now) -> actions.themeChanged(Themes.normalise(now)));
        select(initialScreen);
        if (selected.get() == null && !navigation.isEmpty()) {
            selected.set(navigation.get(0));
        }
        this.search = new GlobalSearchViewModel(navigation, selected, executor);
        this.ledger = ledger;
        // leaving the ledger screen after a verification, or a screen after a disclosure, shows the news
        selected.addListener((obs, was, now) -> ledger.refresh());
    }

    // ---------------------------------------------------------------- Properties

    /** The screens this operator may open, in menu order. */
    public List<Screen> navigation() { return navigation; }
    public ObjectProperty<Screen> selectedProperty() { return selected; }
    public StringProperty themeProperty() { return theme; }
    public Principal principal() { return principal; }
    public boolean demo() { return demo; }

    public GlobalSearchViewModel search() { return search; }
    public LedgerStatusViewModel ledger() { return ledger; }
    /** The policy version in force for the status bar, or null when the session shows none. */
    public PolicyStatusViewModel policy() { return policy; }

    /** Shows the policy version in force in the status bar, read again whenever the screen changes. */
    public MainWindowViewModel showPolicy(PolicyStatusViewModel status) {
        this.policy = status;
        selected.addListener((obs, was, now) -> status.refresh());
        return this;
    }

    /** The search box's hint, e.g. "Search People… (Ctrl+K)"; {@code keys} as the platform writes the shortcut. */
    public String searchPrompt(String screenTitle, String keys) {
        return MessageFormat.format(bundle.getString("search.prompt"), screenTitle, keys);
    }

    public String searchTooltip(String screenTitle) {
        return MessageFormat.format(bundle.getString("search.tooltip"), screenTitle);
    }

    public String selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }

    public String title() {
        String key = demo ? "title.demo" : "title";
        return MessageFormat.format(bundle.getString(key), ProfileLabels.shortLabel(profile));
    }

    public String connectionText() {
        return profile.label();
    }

    public String operatorText() {
        return principal.displayName() + " (" + principal.username() + ")";
    }

    public String rolesText() {
        return principal.roles().stream().map(Role::name).sorted()
                .map(name -> common.getString("role." + name)).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- Commands

    /** Shows the screen with this id, if this operator may see it. */
    public void select(String id) {
        navigation.stream().filter(screen -> screen.id().equals(id)).findFirst().ifPresent(selected::set);
    }

    /** The window is shown: the status bar starts reading the ledger's state. */
    public void start() {
        ledger.start();
        if (policy != null) {
            policy.refresh();
        }
    }

    /** The window goes away (lock, sign-out, exit): nothing more is read or searched. */
    public void close() {
        ledger.close();
        if (policy != null) {
            policy.close();
        }
        search.close();
    }

    public void lockNow() { actions.lockNow(); }
    public void signOut() { actions.signOut(); }
    public void exit() { actions.exit(); }
    public void about() { actions.about(); }
    public void openCaseFile() { actions.openCaseFile(); }
}
