package com.custodia.service.demo;

import com.custodia.domain.Person;
import com.custodia.domain.PersonRecord;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.domain.SecurityEventKind;
import com.custodia.persistence.BulkLoadIndexes;
import com.custodia.persistence.Database;
import com.custodia.policy.AccountOwnerRules;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.ledger.LedgerService;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import java.time.Clock;
import java.util.List;

/**
 * Generates realistic demo data of every category with Datafaker (DESIGN.md P8): persons of every
 * kind and, per person, several web visits, licenses and orders for customers, a trial license
 * for trial users, forum posts, correspondence, job applications, points of contact for
 * non-customers and opt-outs of optional mail, and partners in every state with grants of every kind
 * ({@link DemoPartners}). Customers and trial users are spread over the workspace's sales
 * representatives ({@link OwnerRota}). The same seed gives the same data.
 *
 * <p>A second thread makes the data while the first inserts it ({@link DemoPipeline}). Rows go in
 * through stateless sessions in JDBC batches of one table each; every batch of persons commits
 * with all its records, so cancelling keeps whole persons. A large generation
 * into an embedded workspace runs with the search indexes dropped and rebuilt at the end
 * ({@link BulkLoadIndexes}), which is what makes a million persons take minutes, not hours.
 */
public final class DemoDataService {

    /** Persons per transaction. */
    static final int BATCH = 1000;
    /** From this many persons on, an embedded workspace loads without its search indexes. */
    static final int BULK_FROM = 50_000;

    /** How many rows of each kind a generation made. */
    public record Generated(int persons, long licenses, long orders, long webVisits, long forumPosts,
                            long correspondence, long jobApplications, long pointsOfContact, long preferences) {
        /** Every row, persons included. */
        public long rows() {
            return persons + licenses + orders + webVisits + forumPosts + correspondence + jobApplications
                    + pointsOfContact + preferences;
        }
    }

    private final Database database;
    private final AccessGuard guard;
    private final SecurityLog log;
    private final Clock clock;
    private final LedgerService ledger;

    /** @param ledger records the demo statements' publications; null publishes none */
    public DemoDataService(Database database, AccessGuard guard, SecurityLog log, Clock clock, LedgerService ledger) {
        this.database = database;
        this.guard = guard;
        this.log = log;
        this.clock = clock;
        this.ledger = ledger;
    }

    /** Generates {@code count} persons with their records; returns the number of persons. */
    public int generatePersons(Principal actor, int count, long seed, Progress progress) {
        return generate(actor, count, seed, progress).persons();
    }

    /**
     * Generates {@code count} persons with their records in batches that each commit; on cancel
     * the batches done so far stay.
     */
    public Generated generate(Principal actor, int count, long seed, Progress progress) {
        guard.require(actor, Permission.DEMO_DATA_GENERATE, "generate demo data");
        if (count < 0) {
            throw new IllegalArgumentException("The number of persons cannot be negative.");
        }
        long[] made = new long[9];
        OwnerRota owners = new OwnerRota(salesRepresentatives());
        try {
            if (database.isEmbedded() && count >= BULK_FROM) {
                progress.update(-1, "Dropping the search indexes for a bulk load");
                BulkLoadIndexes.withoutSearchIndexes(database, () -> {
                    fill(count, seed, progress, made, owners);
                    progress.update(-1, "Building the search indexes");
                    return null;
                });
            } else {
                fill(count, seed, progress, made, owners);
            }
            if (made[0] > 0) {
                progress.update(-1, "Adding policy versions, consents, campaigns and statements");
                new DemoConsents(database, ledger, clock.instant(), seed).add(actor);
            }
            new DemoPartners(database, clock).add(actor.username());
            new DemoRequests(database, ledger, clock.instant()).add(actor);
        } finally {
            if (made[0] > 0) {
                log.record(SecurityEventKind.DEMO_DATA_GENERATED, actor.username(),
                        made[0] + " persons and " + (sum(made) - made[0]) + " records, seed " + seed
                                + (made[0] < count ? " (stopped early)" : ""));
            }
        }
        return new Generated((int) made[0], made[2], made[3], made[4], made[5], made[6], made[7], made[1], made[8]);
    }

    private void fill(int count, long seed, Progress progress, long[] made, OwnerRota owners) {
        int done = 0;
        try (DemoPipeline pipeline = new DemoPipeline(count, BATCH, seed, clock.instant())) {
            while (done < count) {
                progress.checkCancelled();
                DemoBatch batch = pipeline.next();
                batch.persons.forEach(owners::assign);
                database.inStatelessTransaction(session -> {
                    session.setJdbcBatchSize(BATCH);
                    batch.insert(session);
                });
                made[0] += batch.persons.size();
                List<List<PersonRecord>> tables = batch.tables();
                for (int t = 0; t < tables.size(); t++) {
                    made[t + 1] += tables.get(t).size();
                }
                done += batch.persons.size();
                progress.update((double) done / count, done + " of " + count + " persons");
            }
        }
    }

    /** The active sales representatives, by user name: the demo's customers are theirs. */
    private List<Long> salesRepresentatives() {
        return database.fromTransaction(s -> s.createSelectionQuery("select o.id from Operator o join o.roles r"
                        + " where r = :role and o.active = true order by o.username", Long.class)
                .setParameter("role", Role.SALES_REPRESENTATIVE)
                .getResultList());
    }

    /**
     * Gives customers and trial users to the sales representatives in turn, with every
     * (n + 1)th left to nobody, so each representative has customers of their own and some are
     * there for the taking (decision 0028). By count, not by the seed's random numbers, so the rest
     * of the generated data is the same with or without sales representatives.
     */
    static final class OwnerRota {
        private final List<Long> owners;
        private long next;

        OwnerRota(List<Long> owners) {
            this.owners = List.copyOf(owners);
        }

        void assign(Person person) {
            if (owners.isEmpty() || !AccountOwnerRules.OWNED_KINDS.contains(person.getKind())) {
                return;
            }
            int slot = (int) (next++ % (owners.size() + 1));
            if (slot < owners.size()) {
                person.withAccountOwner(owners.get(slot));
            }
        }
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
