package com.custodia.service.security;

import com.custodia.domain.SecurityEvent;
import com.custodia.domain.SecurityEventKind;
import com.custodia.persistence.Database;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes and reads the security event table: logins, failures, lockouts, refusals and operator
 * changes. Details never name a data subject or carry a secret.
 */
public final class SecurityLog {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityLog.class);

    private final Database database;
    private final Clock clock;
    private final String workstation;

    public SecurityLog(Database database, Clock clock, String workstation) {
        this.database = database;
        this.clock = clock;
        this.workstation = workstation;
    }

    /** The name of this machine, as recorded with each event. */
    public static String thisWorkstation() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Records an event in its own transaction, so it stays even when the caller's work rolls back. */
    public void record(SecurityEventKind kind, String operator, String detail) {
        database.inTransaction(session -> append(session, kind, operator, detail));
        LOG.info("security event {} operator={}", kind, operator);
    }

    /** Records an event inside the caller's transaction, committed together with the change it describes. */
    public void append(Session session, SecurityEventKind kind, String operator, String detail) {
        session.persist(new SecurityEvent(clock.instant(), operator, workstation, kind, detail));
    }

    /** The newest event of any of these kinds, e.g. the last verification of the ledger. */
    public Optional<SecurityEventView> newestOf(Set<SecurityEventKind> kinds) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        return database.fromTransaction(session -> session
                .createSelectionQuery("from SecurityEvent where kind in :kinds order by occurredAt desc, id desc",
                        SecurityEvent.class)
                .setParameter("kinds", kinds)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(SecurityLog::view));
    }

    private static SecurityEventView view(SecurityEvent e) {
        return new SecurityEventView(e.getId(), e.getOccurredAt(), e.getOperatorName(), e.getWorkstation(), e.getKind(),
                e.getDetail());
    }

    List<SecurityEventView> newest(int limit) {
        return database.fromTransaction(session -> session
                .createSelectionQuery("from SecurityEvent order by occurredAt desc, id desc", SecurityEvent.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(SecurityLog::view)
                .toList());
    }
}
