package com.custodia.app;

import com.custodia.service.Services;
import com.custodia.service.auth.LoginResult;
import com.custodia.service.auth.Principal;
import com.custodia.service.settings.Preferences;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.OpenServices;
import com.custodia.ui.common.Themes;
import com.custodia.ui.firstrun.FirstRunView;
import com.custodia.ui.firstrun.FirstRunViewModel;
import com.custodia.ui.login.ChangePasswordView;
import com.custodia.ui.login.ChangePasswordViewModel;
import com.custodia.ui.login.SignInView;
import com.custodia.ui.login.SignInViewModel;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's one window and the way through it: first run or sign-in, an optional change of
 * a temporary password, then the signed-in {@link ConsoleSession} (main window, idle lock).
 *
 * <p>The window is shown before any database is touched: opening one takes seconds (key
 * derivation, Flyway, Hibernate) and always happens on a worker behind a progress bar.
 * One scene is kept and only its root is swapped, so stylesheets and input filters stay put.
 */
public final class WindowFlow {

    private static final Logger LOG = LoggerFactory.getLogger(WindowFlow.class);

    private final AppContext context;
    private final Runnable exitApplication;
    private final OpenServices open;
    private Stage stage;
    private Scene scene;
    private Preferences.Values preferences;
    private ConsoleSession session;

    /**
     * @param exitApplication what "Exit" finally does (Platform::exit in the application;
     *                        tests pass something harmless, since the toolkit must live on)
     */
    public WindowFlow(AppContext context, Runnable exitApplication) {
        this.context = context;
        this.exitApplication = exitApplication;
        this.open = new OpenServices(context.executor());
    }

    /**
     * Shows the window at once, then fills it: first run when no profile is remembered, else
     * sign-in. The remembered profiles are read on a worker while the window appears, and the
     * screen is built after that, so the window is not held back by file reading and FXML.
     */
    public void start(Stage primary) {
        this.stage = primary;
        preferences = context.preferences().load();
        Themes.apply(preferences.theme());
        context.icons().applyTo(stage);
        scene = new Scene(starting(context.views().bundle("common").getString("starting")));
        scene.getStylesheets().add(Themes.stylesheetUrl());
        // input anywhere in the window counts as activity for the idle lock
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::activity);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::activity);
        scene.addEventFilter(ScrollEvent.SCROLL, this::activity);
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            event.consume();
            exit();
        });
        stage.setTitle(appName());
        WindowPlacement.restore(stage, preferences.window());
        stage.show();
        LOG.info("First window shown {} ms after the JVM started", sinceJvmStart());
        context.executor().execute(BackgroundTask.of("read profiles", progress -> context.profiles().load())
                .onSuccess(profiles -> {
                    if (profiles.isEmpty()) {
                        showFirstRun(false);
                    } else {
                        showSignIn(null, null);
                    }
                    LOG.info("First screen ready {} ms after the JVM started", sinceJvmStart());
                    if (StartupProbe.requested()) {
                        // bench timing the start: the screen is built and in the window
                        StartupProbe.readyAndExit(profiles.isEmpty() ? StartupProbe.FIRST_RUN : StartupProbe.SIGN_IN);
                    }
                }));
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    // ---------------------------------------------------------------- Before sign-in

    void showFirstRun(boolean canGoBack) {
        var model = new FirstRunViewModel(context::workspaces, context.profiles(), context.dirs(), open,
                context.executor(), context.dialogs(), context.clock(), context.views().bundle("firstrun"), canGoBack,
                new FirstRunViewModel.Listener() {
                    @Override
                    public void opened(String username) {
                        showSignIn(username, null);
                    }

                    @Override
                    public void openCaseFile() {
                        CaseFileWindows.open(context);
                    }

                    @Override
                    public void back() {
                        showSignIn(null, null);
                    }
                });
        setRoot(new FirstRunView(model, context.views()).root(), appName());
    }

    void showSignIn(String username, String message) {
        if (open.current().isEmpty() && context.profiles().load().isEmpty()) {
            showFirstRun(false);
            return;
        }
        var model = new SignInViewModel(context.profiles(), context::workspaces, open, context.executor(),
                context.views().bundle("login"), new SignInViewModel.Listener() {
                    @Override
                    public void signedIn(Services services, LoginResult result) {
                        if (result.mustChangePassword()) {
                            showChangePassword(services, result.principal());
                        } else {
                            startSession(services, result.principal());
                        }
                    }

                    @Override
                    public void otherWorkspace() {
                        showFirstRun(true);
                    }
                });
        model.prefill(username);
        model.showMessage(message);
        SignInView view = new SignInView(model, context.views());
        setRoot(view.root(), appName());
        view.focusFirstEmptyField();
    }

    private void showChangePassword(Services services, Principal principal) {
        var model = new ChangePasswordViewModel(services.auth(), principal, context.executor(),
                context.views().bundle("login"), new ChangePasswordViewModel.Listener() {
                    @Override
                    public void changed() {
                        startSession(services, principal);
                    }

                    @Override
                    public void cancelled() {
                        endSession(principal, () -> showSignIn(principal.username(), null));
                    }
                });
        ChangePasswordView view = new ChangePasswordView(model, context.views());
        setRoot(view.root(), appName());
        view.focus();
    }

    // ---------------------------------------------------------------- Signed in

    private void startSession(Services services, Principal principal) {
        session = new ConsoleSession(context, services, principal, this::setRoot, preferences,
                new ConsoleSession.Exits() {
                    @Override
                    public void signOut(String messageForSignIn) {
                        Principal leaving = session.principal();
                        endSession(leaving, () -> showSignIn(leaving.username(), messageForSignIn));
                    }

                    @Override
                    public void exit() {
                        WindowFlow.this.exit();
                    }

                    @Override
                    public void preferencesChanged(Preferences.Values values) {
                        preferences = values;
                        context.preferences().save(values);
                    }
                });
        session.showMain(null);
    }

    /**
     * Ends the session: the screen goes at once, then the logout is recorded and the database
     * closed on a worker, and {@code then} runs on the UI thread.
     */
    private void endSession(Principal leaving, Runnable then) {
        if (session != null) {
            session.close();
            session = null;
        }
        rememberPlacement();
        setRoot(busy(context.views().bundle("common").getString("signingOut")), appName());
        Optional<Services> closing = open.detach();
        if (closing.isEmpty()) {
            then.run();
            return;
        }
        context.executor().execute(BackgroundTask.<Void>of("sign out", progress -> {
            try {
                if (leaving != null) {
                    closing.get().auth().recordLogout(leaving);
                }
            } finally {
                closing.get().close();
            }
            return null;
        }).onFailure(failure -> LOG.warn("Sign-out could not be recorded: {}", failure.getClass().getSimpleName()))
          .onFinished(then));
    }

    /** File → Exit and the window's close button: sign out cleanly, then leave. */
    public void exit() {
        Principal leaving = session == null ? null : session.principal();
        endSession(leaving, exitApplication);
    }

    /** Last resort when the application stops: closes whatever is open on the calling thread. */
    public void shutdown() {
        if (session != null) {
            session.close();
            session = null;
        }
        open.closeNow();
    }

    /** Locks the signed-in session now, as File → Lock now does; nothing happens when no one is signed in. */
    public void lockNow() {
        if (session != null) {
            session.lock();
        }
    }

    // ---------------------------------------------------------------- For tests

    /** Runs the idle check now, as the periodic timer would; true when it locked the session. */
    public boolean checkIdleNow() {
        return session != null && session.checkIdleNow();
    }

    public boolean isLocked() {
        return session != null && session.isLocked();
    }

    public Optional<Principal> principal() {
        return Optional.ofNullable(session).map(ConsoleSession::principal);
    }

    // ---------------------------------------------------------------- Helpers

    private void activity(Event event) {
        if (session != null) {
            session.activity();
        }
    }

    private void setRoot(Parent root, String title) {
        scene.setRoot(root);
        stage.setTitle(title);
    }

    private void rememberPlacement() {
        if (stage != null && stage.isShowing()) {
            preferences = preferences.withWindow(WindowPlacement.capture(stage, preferences.window()));
            context.preferences().save(preferences);
        }
    }

    private String appName() {
        return context.views().bundle("common").getString("app.name");
    }

    /** Only a label: a spinner's skin alone costs a noticeable part of start-up. */
    private static Parent starting(String text) {
        VBox box = new VBox(new Label(text));
        box.getStyleClass().add("busy-pane");
        return box;
    }

    private static Parent busy(String text) {
        ProgressIndicator indicator = new ProgressIndicator();
        VBox box = new VBox(indicator, new Label(text));
        box.getStyleClass().add("busy-pane");
        return box;
    }
}
