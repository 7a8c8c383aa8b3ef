package com.custodia.app;

import com.custodia.service.settings.AppDirs;
import com.custodia.service.settings.Preferences;
import com.custodia.service.settings.ProfileStore;
import java.util.List;
import java.util.ResourceBundle;
import org.slf4j.LoggerFactory;

/**
 * Loads and initialises, on a spare core, the classes the first window needs (logging, JSON
 * settings, FXML, icon font tables) while the JavaFX toolkit starts on
 * the other; and later the persistence stack while the operator types a passphrase. Nothing is
 * kept: the results are thrown away, only the JVM's class and JIT state carry over.
 * Any failure is ignored, because the real code path will meet and report it properly.
 */
final class Warmup {

    /** Classes whose loading and static set-up dominate opening a database. */
    private static final List<String> PERSISTENCE = List.of(
            "org.h2.Driver", "org.h2.engine.Database", "org.h2.mvstore.MVStore", "com.zaxxer.hikari.HikariDataSource",
            "org.flywaydb.core.Flyway", "org.hibernate.jpa.HibernatePersistenceConfiguration",
            "org.hibernate.internal.SessionFactoryImpl", "org.hibernate.boot.internal.MetadataBuilderImpl",
            "org.hibernate.internal.SessionImpl", "org.hibernate.query.hql.internal.StandardHqlTranslator",
            "org.hibernate.grammars.hql.HqlParser", "org.hibernate.dialect.H2Dialect",
            "org.hibernate.dialect.PostgreSQLDialect", "net.bytebuddy.ByteBuddy");

    private static final List<String> ICON_TABLES = List.of(
            "org.kordamp.ikonli.materialdesign2.MaterialDesignA", "org.kordamp.ikonli.materialdesign2.MaterialDesignD",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignF", "org.kordamp.ikonli.materialdesign2.MaterialDesignL",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignS", "org.kordamp.ikonli.materialdesign2.MaterialDesignV");

    private Warmup() {
    }

    /** Before {@code Application.launch}: what the first window needs. */
    static void beforeToolkit() {
        start("custodia-warmup-ui", () -> {
            LoggerFactory.getLogger(Warmup.class);
            AppDirs dirs = AppDirs.detect();
            new Preferences(dirs).load();
            new ProfileStore(dirs).load();
            for (String feature : List.of("common", "firstrun", "login")) {
                ResourceBundle.getBundle("i18n." + feature);
            }
            load(List.of("javafx.fxml.FXMLLoader", "atlantafx.base.theme.PrimerLight"));
            load(ICON_TABLES);
            // parsing needs no toolkit; the first real parse then finds the parser's classes ready
            var css = Warmup.class.getResource("/css/custodia.css");
            if (css != null) {
                try {
                    new javafx.css.CssParser().parse(css);
                } catch (java.io.IOException e) {
                    // the stylesheet is read again, and reported, when the window applies it
                }
            }
        });
    }

    /** After the first window is up: the persistence stack, so the first sign-in is quicker. */
    static void persistenceInBackground() {
        start("custodia-warmup-db", () -> load(PERSISTENCE));
    }

    private static void load(List<String> classes) {
        ClassLoader loader = Warmup.class.getClassLoader();
        for (String name : classes) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // a renamed class only costs the warm-up, never the application
            }
        }
    }

    private static void start(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // see the class comment: warm-up failures are not the operator's concern
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
