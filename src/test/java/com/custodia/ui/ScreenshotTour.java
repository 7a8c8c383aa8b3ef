package com.custodia.ui;

import com.custodia.app.AppContext;
import com.custodia.app.WindowFlow;
import com.custodia.domain.MessageClass;
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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * Not a test: walks the real console on a real display and takes the screenshots in
 * {@code docs/screenshots}; {@code .ci/screenshots} installs what it needs and runs it. By hand:
 * run under Xvfb with ImageMagick's {@code import} on the path (and GTK 3,
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
            "communications", "consent", "policy", "requests", "lock", "partners", "admin");

    private final Path out;
    private final String theme;
    private final Set<String> sections;
    private Path home;
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
        home = Files.createTempDirectory("custodia-tour");
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        // the window fills the virtual screen, which has no window manager to place it
        new Preferences(dirs).save(new Preferences.Values(theme, new Preferences.Window(0, 0, 1280, 800, false), 15));
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        Path crm = messyCrmExport(home.resolve("crm-export.csv"));
        AppContext context = AppContext.builder().dirs(dirs).dialogs(new TourDialogs(crm, home)).build();
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
        if (sections.contains("communications")) {
            onFx(() -> fire("#nav-communications"));
            waitFor("#audienceTable");
            waitUntil(() -> !((TableView<?>) node("#audienceTable")).getItems().isEmpty(), WAIT);
            onFx(() -> type("#recipientField", "Mail team"));
            shoot("communications.png");
        }
        if (sections.contains("consent")) {
            consentScreens();
        }
        if (sections.contains("policy")) {
            policyVersions();
        }
        if (sections.contains("requests")) {
            requests();
        }

        if (sections.contains("lock") || sections.contains("partners")) {
            onFx(() -> {
                flow.lockNow();
                return null;
            });
            waitFor("#lock-password");
            shoot("lock", "lock.png");
        }

        if (sections.contains("partners")) {
            // the partner manager's screens: signed out from the lock, signed in as the demo partner manager
            onFx(() -> fire("#lock-signout"));
            waitFor("#signin-password");
            signIn("partners");
            partners();
        }

        if (sections.contains("admin")) {
            // the administrator's screen: signed out from the lock, signed in as the demo administrator
            onFx(() -> {
                flow.lockNow();
                return null;
            });
            waitFor("#lock-signout");
            onFx(() -> fire("#lock-signout"));
            waitFor("#signin-password");
            signIn("admin");
            administration();
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

    // ---------------------------------------------------------------- Requests

    /**
     * The demo requests by due date (one overdue, some due soon), the intake panel, an access
     * request confirmed by the second operator with its report built and delivered, and a
     * correction that reached partners with its notification tasks.
     */
    @SuppressWarnings("unchecked")
    private void requests() throws Exception {
        onFx(() -> fire("#nav-requests"));
        waitFor("#queueTable");
        waitUntil(() -> ((TableView<?>) node("#queueTable")).getItems().size() >= 5, WAIT);
        shoot("requests.png");

        onFx(() -> fire("#newButton"));
        waitFor("#intakePanel");
        onFx(() -> type("#intakeName", "Grace Hopper"));
        onFx(() -> type("#intakeEmail", "grace@example.com"));
        shoot("request-intake.png");
        onFx(() -> fire("#intakeCancel"));

        TableView<com.custodia.ui.requests.RequestsViewModel.Row> queue =
                (TableView<com.custodia.ui.requests.RequestsViewModel.Row>) node("#queueTable");
        // the access request a second operator confirmed: tried one verified access request after another
        List<com.custodia.ui.requests.RequestsViewModel.Row> verified = onFx(() -> queue.getItems().stream()
                .filter(r -> r.requestKind() == com.custodia.domain.RequestKind.ACCESS && r.state().equals("Verified"))
                .toList());
        for (var row : verified) {
            onFx(() -> {
                queue.getSelectionModel().select(row);
                return null;
            });
            waitUntil(() -> ((javafx.scene.control.Label) node("#detailTitle")).getText()
                    .startsWith("Request #" + row.id() + ":"), WAIT);
            if (onFx(() -> ((javafx.scene.control.Label) node("#confirmationLabel")).getText().startsWith("Confirmed"))) {
                break;
            }
        }
        shoot("request-detail.png");

        detailTab("tab-report");
        onFx(() -> fire("#buildButton"));
        waitUntil(() -> !((TableView<?>) node("#storeTable")).getItems().isEmpty(), WAIT);
        onFx(() -> fire("#deliverButton"));
        waitUntil(() -> ((javafx.scene.control.Label) node("#reportNotice")).getText().startsWith("Delivered"), WAIT);
        shoot("request-report.png");

        onFx(() -> {
            ((javafx.scene.control.CheckBox) node("#openOnly")).setSelected(false);
            queue.getItems().stream().filter(r -> r.requestKind() == com.custodia.domain.RequestKind.CORRECTION)
                    .findFirst().ifPresent(r -> queue.getSelectionModel().select(r));
            return null;
        });
        waitUntil(() -> !((TableView<?>) node("#itemTable")).getItems().isEmpty(), WAIT);
        detailTab("tab-corrections");
        shoot("request-corrections.png");
    }

    private void detailTab(String tabId) throws Exception {
        onFx(() -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) node("#detailTabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .orElseThrow());
            return null;
        });
    }

    // ---------------------------------------------------------------- Partners

    private void signIn(String username) throws Exception {
        // signing out closes the workspace, so the next sign-in asks for its passphrase again
        onFx(() -> {
            var passphrase = (TextInputControl) node("#signin-passphrase");
            if (passphrase.isVisible() && passphrase.getText().isEmpty()) {
                type("#signin-passphrase", com.custodia.service.workspace.DemoCredentials.PASSPHRASE);
            }
            return null;
        });
        onFx(() -> type("#signin-username", username));
        onFx(() -> type("#signin-password", "demo"));
        onFx(() -> fire("#signin-submit"));
        waitFor("#main-window");
    }

    /**
     * The demo partners in every state, Northwind's grants with a share package just written, a
     * lookup answered for Northwind (a key from that package) and refused for lapsed Fabrikam, and
     * what Northwind received.
     */
    private void partners() throws Exception {
        onFx(() -> fire("#nav-partners"));
        waitFor("#partnersTable");
        waitUntil(() -> ((TableView<?>) node("#partnersTable")).getItems().size() >= 4, WAIT);
        onFx(() -> {
            TableView<?> table = (TableView<?>) node("#partnersTable");
            int fabrikam = indexOf(table, "Fabrikam");
            table.getSelectionModel().select(fabrikam);
            return null;
        });
        shoot("partners.png");

        tab("tab-grants");
        waitUntil(() -> !((TableView<?>) node("#grantsTable")).getItems().isEmpty(), WAIT);
        onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<com.custodia.service.partners.GrantView> grants =
                    (TableView<com.custodia.service.partners.GrantView>) node("#grantsTable");
            for (int i = 0; i < grants.getItems().size(); i++) {
                var g = grants.getItems().get(i);
                if (g.scope() == com.custodia.domain.GrantScope.RESOLD && g.answers()) {
                    grants.getSelectionModel().select(i);
                    break;
                }
            }
            return null;
        });
        waitUntil(() -> !((javafx.scene.control.ListView<?>) node("#grantEvents")).getItems().isEmpty(), WAIT);
        onFx(() -> fire("#exportButton"));
        waitUntil(() -> ((Labeled) node("#grantsNotice")).getText().contains("Recorded in the ledger"), WAIT);
        shoot("partner-grants.png");

        String key = firstKey(Files.list(home).filter(f -> f.getFileName().toString().startsWith("share-grant-"))
                .findFirst().orElseThrow());
        tab("tab-lookup");
        onFx(() -> choosePartner("#lookupPartner", "Northwind"));
        onFx(() -> type("#lookupKey", key));
        onFx(() -> fire("#lookupButton"));
        waitUntil(() -> ((Labeled) node("#lookupResult")).getText().startsWith("Answered"), WAIT);
        shoot("partner-lookup.png");
        onFx(() -> choosePartner("#lookupPartner", "Fabrikam"));
        onFx(() -> type("#lookupKey", key));
        onFx(() -> fire("#lookupButton"));
        waitUntil(() -> ((Labeled) node("#lookupResult")).getText().startsWith("Refused"), WAIT);
        shoot("partner-lookup-refused.png");

        tab("tab-history");
        onFx(() -> choosePartner("#historyPartner", "Northwind"));
        waitUntil(() -> !((TableView<?>) node("#entriesTable")).getItems().isEmpty(), WAIT);
        shoot("partner-history.png");

        personPartners();
    }

    /**
     * A customer with licenses, found in People (the partner manager sees names and licenses),
     * granted to Northwind through the Grant panel, then that customer's Partners tab.
     */
    private void personPartners() throws Exception {
        onFx(() -> fire("#nav-people"));
        waitFor("#peopleTable");
        waitUntil(this::firstRowLoaded, WAIT);
        int row = -1;
        long personId = -1;
        for (int i = 0; i < 40 && row < 0; i++) {
            int index = i;
            com.custodia.service.people.PersonRow person = onFx(() -> {
                @SuppressWarnings("unchecked")
                TableView<com.custodia.service.people.PersonRow> table =
                        (TableView<com.custodia.service.people.PersonRow>) node("#peopleTable");
                table.getSelectionModel().select(index);
                return table.getItems().get(index);
            });
            if (person == null || person.kind() != com.custodia.domain.PersonKind.CUSTOMER) {
                continue;
            }
            waitUntil(() -> detailShows(person), WAIT);
            if (!onFx(this::licensesTabTitle).endsWith("(0)")) {
                row = index;
                personId = person.id();
            }
        }
        if (row < 0) {
            throw new IllegalStateException("no customer with licenses among the first rows");
        }
        long chosen = personId;
        int chosenRow = row;

        onFx(() -> fire("#nav-partners"));
        waitFor("#partnersTable");
        waitUntil(() -> ((TableView<?>) node("#partnersTable")).getItems().size() >= 4, WAIT);
        tab("tab-grants");
        onFx(() -> fire("#grantButton"));
        waitFor("#grantFormPanel");
        onFx(() -> choosePartner("#grantFormPartner", "Northwind"));
        onFx(() -> type("#grantFormPersons", Long.toString(chosen)));
        onFx(() -> type("#grantFormReason", "Northwind supports this account from next month"));
        shoot("partner-grant-panel.png");
        onFx(() -> fire("#grantFormSave"));
        waitUntil(() -> ((Labeled) node("#grantsNotice")).getText().endsWith("recorded."), WAIT);

        onFx(() -> fire("#nav-people"));
        waitFor("#peopleTable");
        waitUntil(this::firstRowLoaded, WAIT);
        com.custodia.service.people.PersonRow again = onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<com.custodia.service.people.PersonRow> table =
                    (TableView<com.custodia.service.people.PersonRow>) node("#peopleTable");
            table.getSelectionModel().select(chosenRow);
            return table.getItems().get(chosenRow);
        });
        waitUntil(() -> detailShows(again), WAIT);
        tab("tab-partners");
        waitUntil(() -> !((TableView<?>) node("#partnerAccessTable")).getItems().isEmpty(), WAIT);
        shoot("people-partners.png");
    }

    /** On the UI thread: the title of the open person's Licenses tab, or empty while the detail loads. */
    private String licensesTabTitle() {
        Node pane = stage.getScene().lookup("#tabPane");
        if (!(pane instanceof javafx.scene.control.TabPane tabs)) {
            return "";
        }
        return tabs.getTabs().stream().filter(t -> "tab-licenses".equals(t.getId())).map(t -> t.getText())
                .findFirst().orElse("");
    }

    /** On the UI thread: whether the detail shows this person, with the counts of their tabs. */
    private boolean detailShows(com.custodia.service.people.PersonRow person) {
        Node title = stage.getScene().lookup("#detailTitle");
        return title instanceof Labeled label && label.getText().contains(person.lastName())
                && licensesTabTitle().matches(".*\\(\\d+\\)");
    }

    /** Operator accounts, then a backup of the demo workspace written from the Backup tab. */
    private void administration() throws Exception {
        onFx(() -> fire("#nav-administration"));
        waitFor("#operatorsTable");
        waitUntil(() -> !((TableView<?>) node("#operatorsTable")).getItems().isEmpty(), WAIT);
        shoot("administration.png");
        adminTab("eventsTab");
        waitUntil(() -> !((TableView<?>) node("#eventsTable")).getItems().isEmpty(), WAIT);
        shoot("security-events.png");
        adminTab("backupTab");
        waitFor("#backupButton");
        onFx(() -> fire("#backupButton"));
        waitUntil(() -> ((Labeled) node("#backupNotice")).getText().startsWith("Backed up"), WAIT);
        shoot("backup.png");
    }

    private void adminTab(String id) throws Exception {
        onFx(() -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) node("#tabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .orElseThrow());
            return null;
        });
    }

    private Void tab(String id) {
        try {
            onFx(() -> {
                javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) node("#tabPane");
                tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                        .orElseThrow());
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    private static int indexOf(TableView<?> table, String namePrefix) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (((com.custodia.service.partners.PartnerView) table.getItems().get(i)).name().startsWith(namePrefix)) {
                return i;
            }
        }
        throw new IllegalStateException("no partner " + namePrefix);
    }

    private Void choosePartner(String id, String namePrefix) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<com.custodia.service.partners.PartnerView> box =
                (javafx.scene.control.ComboBox<com.custodia.service.partners.PartnerView>) node(id);
        box.setValue(box.getItems().stream().filter(p -> p != null && p.name().startsWith(namePrefix)).findFirst()
                .orElseThrow());
        return null;
    }

    /** The license key of the first row of a CSV share package (its header names the fields). */
    private static String firstKey(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        return lines.get(1).split(",")[header.indexOf("license_key")];
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

        // the same person's Communications tab, feature news selected and about to be declined by phone
        onFx(() -> {
            TabPane tabs = (TabPane) node("#tabPane");
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "tab-communications".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        waitUntil(() -> ((TableView<?>) node("#preferencesTable")).getItems().size() == MessageClass.values().length,
                WAIT);
        onFx(() -> {
            ((TableView<?>) node("#preferencesTable")).getSelectionModel().select(MessageClass.FEATURES.ordinal());
            ((ComboBox<?>) node("#choice-how")).getEditor().setText("phone call");
            return null;
        });
        shoot("person-communications.png");
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

    /** Answers the file chooser with the prepared export and the save chooser with the tour's home; every other dialog is the real one. */
    private static final class TourDialogs implements DialogService {

        private final DialogService real = new FxDialogService(new AppIcons());
        private final Path csv;
        private final Path home;

        TourDialogs(Path csv, Path home) {
            this.csv = csv;
            this.home = home;
        }

        /** Share packages go to the tour's home under the name the screen suggests. */
        @Override
        public Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName) {
            return Optional.of(home.resolve(suggestedName));
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
