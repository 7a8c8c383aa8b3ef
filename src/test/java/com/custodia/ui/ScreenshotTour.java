package com.custodia.ui;

import com.custodia.app.AppContext;
import com.custodia.app.WindowFlow;
import com.custodia.service.consent.CampaignView;
import com.custodia.service.consent.StatementView;
import com.custodia.service.settings.AppDirs;
import com.custodia.service.settings.Preferences;
import com.custodia.ui.common.AppIcons;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FxDialogService;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.importing.MappedColumn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * Not a test: walks the real console on a real display and takes the screenshots in
 * {@code docs/screenshots}. Run under Xvfb with ImageMagick's {@code import} on the path (and GTK 3,
 * which JavaFX needs on a real display: Debian's xvfb, imagemagick and libgtk-3-0):
 * <pre>
 *   Xvfb :57 -screen 0 1280x800x24 -nolisten tcp &amp;
 *   DISPLAY=:57 java -Djava.io.tmpdir=&lt;a neutral folder&gt; -cp target/test-classes:target/classes:&lt;dependencies&gt; \
 *       com.custodia.ui.ScreenshotTour docs/screenshots
 * </pre>
 * It uses a fresh temporary home (under {@code java.io.tmpdir}, whose path the screens show), the
 * standard hasher and a demo workspace, and signs in as its privacy officer.
 */
public final class ScreenshotTour {

    private static final Duration WAIT = Duration.ofSeconds(120);
    /** Enough rows that the import is still running when its screenshot is taken. */
    private static final int TOUR_IMPORT_ROWS = 300_000;
    /** A busy machine imports far below its usual rate; the summary is waited for this long. */
    private static final Duration IMPORT_WAIT = Duration.ofMinutes(15);
    /** Typed into the People search: a prefix that many generated names and addresses start with. */
    private static final String PEOPLE_SEARCH = "mar";

    /** Every part of the tour, in order; a third argument picks some (e.g. {@code main,consent,policy}). */
    private static final List<String> SECTIONS = List.of("first-run", "main", "people", "import", "inventory",
            "consent", "policy", "lock");

    private final Path out;
    private final String theme;
    private final Set<String> sections;
    /** The console's own door into the UI thread, as everywhere else. */
    private final FxTaskExecutor ui = new FxTaskExecutor();
    private Stage stage;

    private ScreenshotTour(Path out, String theme, Set<String> sections) {
        this.out = out;
        this.theme = theme;
        this.sections = sections;
    }

    /**
     * Arguments: the output folder (default docs/screenshots), the theme, light (default) or dark,
     * and the sections to take, separated by commas (default all of {@link #SECTIONS}); the
     * others are walked through where they lead to the next but not photographed, and the import
     * (minutes on a busy machine) is skipped.
     */
    public static void main(String[] args) throws Exception {
        Set<String> sections = new LinkedHashSet<>(args.length > 2 ? List.of(args[2].split(",")) : SECTIONS);
        new ScreenshotTour(Path.of(args.length > 0 ? args[0] : "docs/screenshots"), args.length > 1 ? args[1] : "light",
                sections).run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("custodia-tour");
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        // the window fills the virtual screen, which has no window manager to place it
        new Preferences(dirs).save(new Preferences.Values(theme, new Preferences.Window(0, 0, 1280, 800, false), 15));
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        Path crm = messyCrmExport(home.resolve("crm-export.csv"));
        AppContext context = AppContext.builder().dirs(dirs).dialogs(new TourDialogs(crm)).build();
        WindowFlow flow = new WindowFlow(context, () -> { });
        onFx(() -> {
            stage = new Stage();
            flow.start(stage);
            return null;
        });
        waitFor("#choice-create");
        shoot("first-run", "first-run.png");

        onFx(() -> fire("#choice-demo"));
        onFx(() -> fire("#first-run-submit"));
        waitFor("#demo-continue");
        shoot("first-run", "first-run-demo.png");

        onFx(() -> fire("#demo-continue"));
        waitFor("#signin-password");
        // the privacy officer sees every screen shown here: People in full, the import, the inventory
        onFx(() -> type("#signin-username", "privacy"));
        onFx(() -> type("#signin-password", "demo"));
        shoot("first-run", "sign-in.png");
        onFx(() -> fire("#signin-submit"));
        waitFor("#main-window");
        waitUntil(() -> !((Labeled) node("#status-policy")).getText().isEmpty(), WAIT);
        shoot("main", "main-window.png");

        if (sections.contains("people")) {
            people();
        }
        if (sections.contains("import")) {
            importWizard();
        }
        if (sections.contains("inventory")) {
            onFx(() -> fire("#nav-data-inventory"));
            waitFor("#categoriesTable");
            waitUntil(() -> !((TableView<?>) node("#categoriesTable")).getItems().isEmpty(), WAIT);
            shoot("data-inventory.png");
        }
        if (sections.contains("consent")) {
            consentScreens();
        }
        if (sections.contains("policy")) {
            policyVersions();
        }

        if (sections.contains("lock")) {
            onFx(() -> {
                flow.lockNow();
                return null;
            });
            waitFor("#lock-password");
            shoot("lock.png");
        }

        onFx(() -> {
            flow.shutdown();
            stage.hide();
            return null;
        });
        context.close();
        ui.close();
        Platform.exit();
    }

    // ---------------------------------------------------------------- People

    /** The People screen searched as typed, with the first match open on its profile. */
    private void people() throws Exception {
        onFx(() -> fire("#nav-people"));
        waitFor("#peopleTable");
        onFx(() -> type("#searchField", PEOPLE_SEARCH));
        waitUntil(() -> ((Labeled) node("#countLabel")).getText().contains(PEOPLE_SEARCH)
                && firstRowLoaded(), WAIT);
        onFx(() -> {
            ((TableView<?>) node("#peopleTable")).getSelectionModel().select(0);
            return null;
        });
        waitFor("#formGrid");
        waitUntil(() -> !node("#formGrid").isDisabled()
                && !((TextInputControl) node("#field-LAST_NAME")).getText().isEmpty(), WAIT);
        shoot("people.png");
    }

    private boolean firstRowLoaded() {
        List<?> rows = ((TableView<?>) node("#peopleTable")).getItems();
        return !rows.isEmpty() && rows.get(0) != null;
    }

    // ---------------------------------------------------------------- Consent & testimonials, policy versions

    /** Consents with a receipt open, a campaign with its contacts, a published statement with its badge. */
    private void consentScreens() throws Exception {
        onFx(() -> fire("#nav-consent-testimonials"));
        waitFor("#consentsTable");
        waitUntil(() -> ((TableView<?>) node("#consentsTable")).getItems().size() > 3, WAIT);
        onFx(() -> selectRow("#consentsTable", 2));
        waitUntil(() -> !((TextInputControl) node("#receiptArea")).getText().isEmpty(), WAIT);
        shoot("consent-consents.png");

        onFx(() -> selectTab("#tabs", 1));
        waitFor("#campaignsTable");
        waitUntil(() -> !((TableView<?>) node("#campaignsTable")).getItems().isEmpty(), WAIT);
        onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<CampaignView> table = (TableView<CampaignView>) node("#campaignsTable");
            table.getSelectionModel().select(table.getItems().stream().filter(c -> c.contacts() > 0).findFirst()
                    .orElse(table.getItems().get(0)));
            return null;
        });
        waitUntil(() -> !((ListView<?>) node("#contactsList")).getItems().isEmpty(), WAIT);
        shoot("consent-campaigns.png");

        onFx(() -> selectTab("#tabs", 2));
        waitFor("#statementsTable");
        waitUntil(() -> !((TableView<?>) node("#statementsTable")).getItems().isEmpty(), WAIT);
        onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<StatementView> table = (TableView<StatementView>) node("#statementsTable");
            StatementView published = table.getItems().stream().filter(st -> st.status().equals("PUBLISHED"))
                    .findFirst().orElse(table.getItems().get(0));
            table.getSelectionModel().select(published);
            return null;
        });
        waitUntil(() -> !((Labeled) node("#statementFacts")).getText().isEmpty(), WAIT);
        shoot("consent-statements.png");
    }

    /** The version in force with its changes from the one before. */
    private void policyVersions() throws Exception {
        onFx(() -> fire("#nav-policy-versions"));
        waitFor("#versionsTable");
        waitUntil(() -> ((TableView<?>) node("#versionsTable")).getItems().size() > 1, WAIT);
        onFx(() -> selectTab("#tabs", 1));
        waitUntil(() -> !((ListView<?>) node("#changesList")).getItems().isEmpty(), WAIT);
        shoot("policy-versions.png");
    }

    private Void selectRow(String id, int row) {
        ((TableView<?>) node(id)).getSelectionModel().select(row);
        return null;
    }

    private Void selectTab(String id, int index) {
        ((TabPane) node(id)).getSelectionModel().select(index);
        return null;
    }

    // ---------------------------------------------------------------- Import persons

    /** The wizard on a large, messy export: mapped by hand, caught while running, then its summary. */
    private void importWizard() throws Exception {
        onFx(() -> fire("#nav-import-persons"));
        waitFor("#chooseFileButton");
        onFx(() -> fire("#chooseFileButton"));
        waitFor("#mappingPane");
        // through the rows' own choices: the table draws only the rows on screen
        onFx(() -> {
            @SuppressWarnings("unchecked")
            List<MappedColumn> columns = ((TableView<MappedColumn>) node("#mappingTable")).getItems();
            columns.get(0).targetProperty().set("external_id");
            columns.get(2).targetProperty().set("last_name");
            columns.get(5).targetProperty().set("phone");
            columns.get(7).targetProperty().set("country");
            return null;
        });
        shoot("import-mapping.png");
        onFx(() -> fire("#nextButton"));
        waitFor("#startButton");
        onFx(() -> fire("#startButton"));
        waitFor("#runRate");
        waitUntil(() -> !((Labeled) node("#runRate")).getText().isEmpty(), WAIT);
        // at once: on a quiet machine the import is over in a few seconds
        shoot("import-running.png", Duration.ofMillis(300));
        waitUntil(() -> node("#summaryPane").isVisible(), IMPORT_WAIT);
        shoot("import-summary.png");
    }

    /**
     * A CRM export as they come: its own column names, a column Custodia does not know, and now and
     * then a row with a broken email, a missing surname or a country that is not a code.
     */
    private static Path messyCrmExport(Path file) throws IOException {
        String[] first = {"Ada", "Grace", "Alan", "Zoë", "Søren", "Émilie", "Jürgen", "Ingrid", "Kenji", "Amara"};
        String[] last = {"Lovelace", "Hopper", "Turing", "Ångström", "Kierkegaard", "du Châtelet", "Weiß", "Bergman",
            "Tanaka", "Okafor"};
        String[] city = {"London", "New York", "Manchester", "Uppsala", "København", "Paris", "Köln", "Stockholm",
            "Osaka", "Lagos"};
        String[] country = {"GB", "US", "GB", "SE", "DK", "FR", "DE", "SE", "JP", "NG"};
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Customer ID,first_name,Surname,Favourite colour,email,Telephone,company,Land\r\n");
            for (int i = 1; i <= TOUR_IMPORT_ROWS; i++) {
                int k = i % 10;
                String mail = i % 25_000 == 7 ? "no-at-sign.example.com" : "c" + i + "@example.com";
                String surname = i % 40_000 == 11 ? "" : last[(i * 3 + i / 10) % 10];
                String land = i % 60_000 == 13 ? "Germany" : country[k];
                out.write("CRM-" + i + "," + first[k] + "," + surname + ",blue," + mail + ",+44 20 7946 " + (i % 10_000)
                        + ",\"Example " + city[k] + ", Ltd\"," + land + "\r\n");
            }
        }
        return file;
    }

    /** Answers the file chooser with the prepared export; every other dialog is the real one. */
    private static final class TourDialogs implements DialogService {

        private final DialogService real = new FxDialogService(new AppIcons());
        private final Path csv;

        TourDialogs(Path csv) {
            this.csv = csv;
        }

        @Override public void showError(String title, String message) { real.showError(title, message); }
        @Override public void showInfo(String title, String message) { real.showInfo(title, message); }
        @Override public boolean confirm(String title, String message) { return real.confirm(title, message); }
        @Override public Optional<Path> chooseDirectory(String title, Path initial) { return real.chooseDirectory(title, initial); }
        @Override public Optional<Path> chooseFile(String title, Path initial) { return Optional.of(csv); }
    }

    // ---------------------------------------------------------------- Helpers

    private void waitUntil(Supplier<Boolean> condition, Duration wait) throws Exception {
        Instant until = Instant.now().plus(wait);
        while (Instant.now().isBefore(until)) {
            // the UI thread may stall for minutes on a machine this busy; the deadline is the whole wait's
            if (onFx(condition, Duration.between(Instant.now(), until))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out waiting");
    }

    private Void type(String id, String text) {
        ((TextInputControl) node(id)).setText(text);
        return null;
    }

    private Void fire(String id) {
        ((ButtonBase) node(id)).fire();
        return null;
    }

    private Node node(String id) {
        Node node = stage.getScene().lookup(id);
        if (node == null) {
            throw new IllegalStateException("no node " + id);
        }
        return node;
    }

    private void waitFor(String id) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            Boolean shown = onFx(() -> {
                Node node = stage.getScene().lookup(id);
                for (Node n = node; n != null; n = n.getParent()) {
                    if (!n.isVisible()) {
                        return false;
                    }
                }
                return node != null;
            });
            if (shown) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("timed out waiting for " + id);
    }

    /** Takes the screenshot when its section was asked for. */
    private void shoot(String section, String name) throws Exception {
        if (sections.contains(section)) {
            shoot(name);
        }
    }

    /** Lets a few frames render, then captures the whole virtual screen. */
    private void shoot(String name) throws Exception {
        shoot(name, Duration.ofSeconds(3));
    }

    private void shoot(String name, Duration settle) throws Exception {
        Thread.sleep(settle.toMillis());
        Process p = new ProcessBuilder("import", "-window", "root", out.resolve(name).toString()).inheritIO().start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("import failed for " + name);
        }
    }

    private <T> T onFx(Supplier<T> action) throws Exception {
        return onFx(action, WAIT);
    }

    private <T> T onFx(Supplier<T> action, Duration wait) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        ui.runOnUi(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
    }
}
