package com.custodia.persistence;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.CorrectionItem;
import com.custodia.domain.CorrectionNotice;
import com.custodia.domain.RequestClockEvent;
import com.custodia.domain.SubjectRequest;
import com.custodia.domain.ChangeRecord;
import com.custodia.domain.ChangeRevision;
import com.custodia.domain.CommunicationPreference;
import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Campaign;
import com.custodia.domain.CampaignContact;
import com.custodia.domain.Consent;
import com.custodia.domain.PolicyVersion;
import com.custodia.domain.Statement;
import com.custodia.domain.StatementPublication;
import com.custodia.domain.Correspondence;
import com.custodia.domain.CustomerOrder;
import com.custodia.domain.DatabaseException;
import com.custodia.domain.DatabaseException.Reason;
import com.custodia.domain.ForumPost;
import com.custodia.domain.GrantEvent;
import com.custodia.domain.JobApplication;
import com.custodia.domain.LegalOrder;
import com.custodia.domain.License;
import com.custodia.domain.LicenseShareGrant;
import com.custodia.domain.Operator;
import com.custodia.domain.Partner;
import com.custodia.domain.PartnerAgreementVersion;
import com.custodia.domain.Person;
import com.custodia.domain.PersonMerge;
import com.custodia.domain.PointOfContact;
import com.custodia.domain.Progress;
import com.custodia.domain.SecurityEvent;
import com.custodia.domain.WebVisit;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open database: HikariCP pool, Flyway-migrated schema, Hibernate validated against it.
 * This class owns transactions: every unit of work goes through {@link #inTransaction} or
 * {@link #fromTransaction}, which commit on success and roll back on any exception.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Every mapped entity; Hibernate validates each against the migrated schema. */
    static final List<Class<?>> ENTITIES = List.of(Operator.class, SecurityEvent.class, Person.class, Consent.class,
            LegalOrder.class, PointOfContact.class, License.class, CustomerOrder.class, WebVisit.class,
            ForumPost.class, Correspondence.class, JobApplication.class, CommunicationPreference.class,
            PersonMerge.class, ChangeRevision.class, ChangeRecord.class,
            Partner.class, PartnerAgreementVersion.class, LicenseShareGrant.class, GrantEvent.class,
            PolicyVersion.class, Campaign.class, CampaignContact.class, Statement.class, StatementPublication.class,
            SubjectRequest.class, RequestClockEvent.class, CorrectionItem.class, CorrectionNotice.class);

    private final ConnectionProfile profile;
    private final HikariDataSource dataSource;
    private final List<Runnable> afterClose = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final SessionFactory sessionFactory;
    private final boolean embedded;
    private final ChangeHistoryListener history;

    private Database(ConnectionProfile profile, HikariDataSource dataSource, SessionFactory sessionFactory,
                     ChangeHistoryListener history) {
        this.profile = profile;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.embedded = profile instanceof ConnectionProfile.Embedded;
        this.history = history;
    }

    /**
     * Opens a data source, migrates the schema and builds the session factory.
     * On any failure the pool is closed again, so no half-open database is left behind.
     */
    static Database open(ConnectionProfile profile, HikariConfig config, String schema, Progress progress) {
        return open(profile, config, schema, false, progress);
    }

    /**
     * As {@link #open(ConnectionProfile, HikariConfig, String, Progress)}; with {@code existing}, a
     * database without Custodia's schema is refused instead of migrated. H2 opens a store whose
     * data it cannot find as an empty one, and migrating that would write over what is left.
     */
    static Database open(ConnectionProfile profile, HikariConfig config, String schema, boolean existing,
                         Progress progress) {
        progress.update(0.35, "Opening the database");
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw translate(profile, e);
        }
        try {
            if (existing && !holdsSchema(ds)) {
                throw new DatabaseException(Reason.NOT_A_WORKSPACE,
                        "The workspace's database file is damaged: it holds no Custodia data. Restore the folder from a copy.");
            }
            progress.update(0.55, "Bringing the schema up to date");
            migrate(ds, schema, profile instanceof ConnectionProfile.Embedded ? "h2" : "postgresql");
            // an import or bulk load killed between dropping its indexes and building them left them out
            BulkLoadIndexes.restoreMissing(ds, progress);
            progress.update(0.75, "Checking the data model against the schema");
            ChangeHistoryListener history = new ChangeHistoryListener();
            SessionFactory sf = buildSessionFactory(ds, history);
            progress.update(1.0, "Ready");
            return new Database(profile, ds, sf, history);
        } catch (RuntimeException e) {
            ds.close();
            throw e instanceof DatabaseException ? e : translate(profile, e);
        }
    }

    private static boolean holdsSchema(DataSource ds) {
        try (Connection c = ds.getConnection();
                var tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return tables.next();
        } catch (SQLException e) {
            throw new DatabaseException(Reason.FAILED, "Cannot read the database: " + e.getMessage(), e);
        }
    }

    private static void migrate(DataSource ds, String schema, String vendor) {
        try {
            // one common set, plus the few statements each engine spells its own way (triggers)
            var configuration = Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                    .javaMigrations(new SearchKeyBackfill())
                    .failOnMissingLocations(true);
            if (schema != null && !schema.isBlank()) {
                configuration.schemas(schema).createSchemas(true);
            }
            configuration.load().migrate();
        } catch (FlywayException e) {
            throw new DatabaseException(Reason.MIGRATION_FAILED, "The schema could not be migrated: " + e.getMessage(), e);
        }
    }

    private static SessionFactory buildSessionFactory(DataSource ds, ChangeHistoryListener history) {
        // the change history hears every flushed insert, update and delete (docs/decisions/0012)
        Integrator historyIntegrator = new Integrator() {
            @Override
            public void integrate(org.hibernate.boot.Metadata metadata,
                                  org.hibernate.boot.spi.BootstrapContext bootstrapContext,
                                  org.hibernate.engine.spi.SessionFactoryImplementor sessionFactory) {
                var listeners = sessionFactory.getEventListenerRegistry();
                listeners.appendListeners(EventType.POST_INSERT, history);
                listeners.appendListeners(EventType.POST_UPDATE, history);
                listeners.appendListeners(EventType.POST_DELETE, history);
            }
        };
        try {
            var configuration = new HibernatePersistenceConfiguration("custodia");
            ENTITIES.forEach(configuration::managedClass);
            configuration
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds)
                    .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                    .property(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                    .property(AvailableSettings.ORDER_INSERTS, true)
                    .property(AvailableSettings.ORDER_UPDATES, true)
                    .property(AvailableSettings.TIMEZONE_DEFAULT_STORAGE, "NORMALIZE_UTC")
                    .property(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                    .property(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(historyIntegrator));
            return configuration.createEntityManagerFactory();
        } catch (RuntimeException e) {
            throw new DatabaseException(Reason.SCHEMA_MISMATCH,
                    "The data model does not match the database schema: " + rootMessage(e), e);
        }
    }

    static DatabaseException translate(ConnectionProfile profile, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode();
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (profile instanceof ConnectionProfile.Embedded) {
                    // 90049: file encryption error (wrong file password); 28000: wrong user password
                    if (code == 90049 || code == 28000) {
                        return new DatabaseException(Reason.WRONG_PASSPHRASE, "Wrong passphrase.", e);
                    }
                    if (code == 90020) {
                        return new DatabaseException(Reason.IN_USE,
                                "The workspace is open in another Custodia window or process.", e);
                    }
                    if (code == 90146 || code == 90013) {
                        return new DatabaseException(Reason.NOT_A_WORKSPACE, "There is no Custodia database in this folder.", e);
                    }
                } else {
                    if (state.equals("28P01") || state.equals("28000")) {
                        return new DatabaseException(Reason.CONNECTION_FAILED,
                                "The server refused the user name or password.", e);
                    }
                    if (state.startsWith("08")) {
                        return new DatabaseException(Reason.CONNECTION_FAILED,
                                "Could not connect to the server: " + sql.getMessage(), e);
                    }
                    if (state.equals("3D000")) {
                        return new DatabaseException(Reason.CONNECTION_FAILED, "The database does not exist on the server.", e);
                    }
                }
            }
        }
        return new DatabaseException(Reason.FAILED, "The database could not be opened: " + rootMessage(e), e);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    // ---------------------------------------------------------------- Transactions

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public void inTransaction(Consumer<Session> work) {
        sessionFactory.inTransaction(work);
    }

    /** Runs the work in one transaction and returns its result. */
    public <T> T fromTransaction(Function<Session, T> work) {
        return sessionFactory.fromTransaction(work);
    }

    /**
     * Runs the work in one transaction on behalf of an operator: every change it makes to a
     * person or their records is kept in the change history under one revision naming
     * {@code context}'s operator, source and time.
     */
    public void inTransaction(ChangeContext context, Consumer<Session> work) {
        sessionFactory.inTransaction(session -> {
            history.attribute(session.unwrap(SharedSessionContractImplementor.class), context);
            work.accept(session);
        });
    }

    /** {@link #inTransaction(ChangeContext, Consumer)} that returns the work's result. */
    public <T> T fromTransaction(ChangeContext context, Function<Session, T> work) {
        return sessionFactory.fromTransaction(session -> {
            history.attribute(session.unwrap(SharedSessionContractImplementor.class), context);
            return work.apply(session);
        });
    }

    /**
     * Bulk work without a persistence context (imports, generators). Stateless writes are not in
     * the change history: a bulk writer records what it did in its own way.
     */
    public void inStatelessTransaction(Consumer<StatelessSession> work) {
        sessionFactory.inStatelessTransaction(work);
    }

    /** Plain JDBC work in one transaction, for the few paths that measure or bypass the mapping. */
    public <T> T fromConnection(JdbcWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new DatabaseException(Reason.FAILED, "Database error: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface JdbcWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Makes committed work survive a crash of this process. Workspaces are opened with
     * {@code WRITE_DELAY=0}, so a commit has normally written the store already and this finds
     * nothing to do; it stays because the ledger must not rely on a setting for the promise that
     * nothing is released before its entry is in the file. PostgreSQL commits are durable already.
     */
    public void flushToDisk() {
        if (!embedded) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); var st = connection.createStatement()) {
            st.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new DatabaseException(Reason.FAILED, "Could not write the database file: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- Facts

    public ConnectionProfile profile() {
        return profile;
    }

    public boolean isEmbedded() {
        return embedded;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code action} once the pool is closed, in {@link #close}. */
    void afterClose(Runnable action) {
        afterClose.add(action);
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            try {
                dataSource.close();
                LOG.info("Database closed");
            } finally {
                afterClose.forEach(Runnable::run);
                afterClose.clear();
            }
        }
    }
}
