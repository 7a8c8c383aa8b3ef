package com.custodia.app;

import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.settings.Preferences;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.Themes;
import com.custodia.ui.lock.LockView;
import com.custodia.ui.lock.LockViewModel;
import com.custodia.ui.main.IdleMonitor;
import com.custodia.ui.main.LedgerStatusViewModel;
import com.custodia.ui.main.MainWindowView;
import com.custodia.ui.main.MainWindowViewModel;
import com.custodia.ui.main.PolicyStatusViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import javafx.scene.Parent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One signed-in operator: the main window, the idle lock and the lock screen. Locking disposes
 * the open screen and replaces the whole window content, so no personal data stays in the
 * scene graph while the workstation is unattended.
 */
final class ConsoleSession {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSession.class);

    /** How a session ends, and what it asks of the window flow. */
    interface Exits {
        void signOut(String messageForSignIn);

        void exit();

        void preferencesChanged(Preferences.Values values);
    }

    private final AppContext context;
    private final Services services;
    private final BiConsumer<Parent, String> setRoot;
    private final Exits exits;
    private final IdleMonitor idle;
    private Principal principal;
    private Preferences.Values preferences;
    private MainWindowView mainView;
    private MainWindowViewModel mainModel;
    private String lastScreen;
    private boolean locked;

    ConsoleSession(AppContext context, Services services, Principal principal, BiConsumer<Parent, String> setRoot,
                   Preferences.Values preferences, Exits exits) {
        this.context = context;
        this.services = services;
        this.principal = principal;
        this.setRoot = setRoot;
        this.preferences = preferences;
        this.exits = exits;
        this.idle = new IdleMonitor(context.clock(), Duration.ofMinutes(preferences.idleLockMinutesOrDefault()),
                this::lock);
    }

    Principal principal() {
        return principal;
    }

    boolean isLocked() {
        return locked;
    }

    void activity() {
        idle.activity();
    }

    boolean checkIdleNow() {
        return idle.checkNow();
    }

    /** Shows the main window with the given screen (or the first one this operator may see). */
    void showMain(String screenId) {
        locked = false;
        var screenContext = new ScreenContext(services, principal, context.executor(), context.dialogs(),
                context.views(), context.clock());
        var ledgerStatus = new LedgerStatusViewModel(services.ledgerStatus()::status, principal, context.executor(),
                context.clock(), context.views().bundle("main"));
        mainModel = new MainWindowViewModel(principal, services.profile(), services.info().demo(), context.screens(),
                screenId, preferences.theme(), context.views().bundle("main"), context.views().bundle("common"),
                context.executor(), ledgerStatus, new MainWindowViewModel.Actions() {
                    @Override public void lockNow() { lock(); }
                    @Override public void signOut() { exits.signOut(null); }
                    @Override public void exit() { exits.exit(); }
                    @Override public void themeChanged(String theme) { changeTheme(theme); }
                    @Override public void about() { showAbout(); }
                    @Override public void openCaseFile() { CaseFileWindows.open(context); }
                });
        mainModel.showPolicy(new PolicyStatusViewModel(services.policyVersions()::current, context.executor(),
                context.views().bundle("main")));
        mainView = new MainWindowView(mainModel, screenContext, context.views());
        setRoot.accept(mainView.root(), mainModel.title());
        mainModel.start();
        idle.start(context.executor());
    }

    /** Locks now: the screen is disposed and removed, the lock screen takes the whole window. */
    void lock() {
        if (locked || mainView == null) {
            return;
        }
        locked = true;
        idle.stop();
        lastScreen = mainModel.selectedId();
        closeMainView();
        Principal who = principal;
        var model = new LockViewModel(services.auth(), who, context.executor(), context.views().bundle("lock"),
                new LockViewModel.Listener() {
                    @Override
                    public void unlocked(Principal again) {
                        principal = again;
                        showMain(lastScreen);
                    }

                    @Override
                    public void lockedOut(String message) {
                        exits.signOut(message);
                    }

                    @Override
                    public void signOut() {
                        exits.signOut(null);
                    }
                });
        LockView view = new LockView(model, context.views());
        setRoot.accept(view.root(), context.views().bundle("common").getString("app.name"));
        view.focus();
        context.executor().execute(BackgroundTask.<Void>of("record lock", progress -> {
            services.auth().recordLocked(who);
            return null;
        }).onFailure(failure -> LOG.warn("The lock could not be recorded: {}", failure.getClass().getSimpleName())));
    }

    /** Stops the idle timer and disposes the open screen; the database is closed by the caller. */
    void close() {
        idle.stop();
        closeMainView();
    }

    private void closeMainView() {
        if (mainView != null) {
            mainModel.close();
            mainView.dispose();
            mainView = null;
            mainModel = null;
        }
    }

    private void changeTheme(String theme) {
        Themes.apply(theme);
        preferences = preferences.withTheme(theme);
        exits.preferencesChanged(preferences);
    }

    private void showAbout() {
        ResourceBundle bundle = context.views().bundle("main");
        String text = MessageFormat.format(bundle.getString("about.text"), version(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?"));
        context.dialogs().showInfo(bundle.getString("about.title"), text);
    }

    static String version() {
        try (InputStream in = ConsoleSession.class.getResourceAsStream("/custodia-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("custodia.version", "?");
        } catch (IOException e) {
            return "?";
        }
    }
}
