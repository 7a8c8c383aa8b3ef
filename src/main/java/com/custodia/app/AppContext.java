package com.custodia.app;

import com.custodia.service.auth.PasswordHasher;
import com.custodia.service.security.SecurityLog;
import com.custodia.service.settings.AppDirs;
import com.custodia.service.settings.Preferences;
import com.custodia.service.settings.ProfileStore;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.ui.admin.AdministrationScreen;
import com.custodia.ui.legal.LegalOrdersScreen;
import com.custodia.ui.partners.PartnersScreen;
import com.custodia.ui.requests.RequestsScreen;
import com.custodia.ui.people.PeopleScreen;
import com.custodia.ui.ledger.LedgerScreen;
import com.custodia.ui.common.AppIcons;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FxDialogService;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.TaskExecutor;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.dashboard.DashboardScreen;
import com.custodia.ui.importing.ImportScreen;
import com.custodia.ui.communications.CommunicationsScreen;
import com.custodia.ui.inventory.InventoryScreen;
import com.custodia.ui.policy.PolicyScreen;
import com.custodia.ui.consent.ConsentScreen;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything the console is built from, made with {@code new} here and nowhere else: no global
 * injector, no static singletons. Tests build one with their own folders, clock, hasher,
 * executor and dialogs through {@link #builder()}.
 *
 * <p>The standard password hasher spends a full PBKDF2 run on its dummy hash when created, and
 * finding the workstation name may ask DNS; both are deferred to the first use of
 * {@link #workspaces()}, which happens on a worker thread, so the first window is not delayed.
 */
public final class AppContext implements AutoCloseable {

    private final AppDirs dirs;
    private final Clock clock;
    private final Supplier<PasswordHasher> hasher;
    private final Supplier<String> workstation;
    private final TaskExecutor executor;
    private final AppIcons icons;
    private final DialogService dialogs;
    private final ViewLoader views;
    private final ProfileStore profiles;
    private final Preferences preferences;
    private final List<Screen> screens;
    private WorkspaceService workspaces;

    private AppContext(Builder b) {
        this.dirs = b.dirs != null ? b.dirs : AppDirs.detect();
        this.clock = b.clock != null ? b.clock : Clock.systemDefaultZone();
        this.hasher = b.hasher != null ? b.hasher : PasswordHasher::standard;
        this.workstation = b.workstation != null ? b.workstation : SecurityLog::thisWorkstation;
        this.executor = b.executor != null ? b.executor : new FxTaskExecutor();
        this.icons = new AppIcons();
        this.dialogs = b.dialogs != null ? b.dialogs : new FxDialogService(icons);
        this.views = new ViewLoader(b.locale != null ? b.locale : Locale.getDefault());
        this.profiles = new ProfileStore(dirs);
        this.preferences = new Preferences(dirs);
        this.screens = b.screens != null ? List.copyOf(b.screens)
                : List.of(new DashboardScreen(), new PeopleScreen(), new ImportScreen(),
                        new RequestsScreen(), new ConsentScreen(), new LegalOrdersScreen(), new PartnersScreen(),
                        new LedgerScreen(), new CommunicationsScreen(),
                        new InventoryScreen(), new PolicyScreen(),
                        new AdministrationScreen());
    }

    /** The desktop console as installed: detected folders, system clock, standard hashing. */
    public static AppContext desktop() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public AppDirs dirs() { return dirs; }
    public Clock clock() { return clock; }
    public TaskExecutor executor() { return executor; }
    public AppIcons icons() { return icons; }
    public DialogService dialogs() { return dialogs; }
    public ViewLoader views() { return views; }
    public ProfileStore profiles() { return profiles; }
    public Preferences preferences() { return preferences; }
    /** Every screen of the main window, in navigation order; each decides who may see it. */
    public List<Screen> screens() { return screens; }

    /** Built on first use (from a worker thread), then shared. */
    public synchronized WorkspaceService workspaces() {
        if (workspaces == null) {
            workspaces = new WorkspaceService(clock, hasher.get(), workstation.get(), dirs);
        }
        return workspaces;
    }

    @Override
    public void close() {
        executor.close();
    }

    /** Every part is optional; what is not given gets the desktop default. */
    public static final class Builder {
        private AppDirs dirs;
        private Clock clock;
        private Supplier<PasswordHasher> hasher;
        private Supplier<String> workstation;
        private TaskExecutor executor;
        private DialogService dialogs;
        private Locale locale;
        private List<Screen> screens;

        private Builder() {
        }

        public Builder dirs(AppDirs value) { this.dirs = Objects.requireNonNull(value); return this; }
        public Builder clock(Clock value) { this.clock = Objects.requireNonNull(value); return this; }
        public Builder hasher(PasswordHasher value) { Objects.requireNonNull(value); this.hasher = () -> value; return this; }
        public Builder workstation(String value) { Objects.requireNonNull(value); this.workstation = () -> value; return this; }
        public Builder executor(TaskExecutor value) { this.executor = Objects.requireNonNull(value); return this; }
        public Builder dialogs(DialogService value) { this.dialogs = Objects.requireNonNull(value); return this; }
        public Builder locale(Locale value) { this.locale = Objects.requireNonNull(value); return this; }
        public Builder screens(List<Screen> value) { this.screens = Objects.requireNonNull(value); return this; }

        public AppContext build() {
            return new AppContext(this);
        }
    }
}
