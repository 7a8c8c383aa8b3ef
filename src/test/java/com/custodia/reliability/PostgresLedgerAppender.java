package com.custodia.reliability;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Progress;
import com.custodia.service.Services;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.support.TestWorkspaces;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A child process of {@link PostgresLedgerConcurrencyTest}: one workstation with its own signing
 * key (under {@code custodia.home}, unlocked with {@code CUSTODIA_PASSPHRASE}) whose threads share
 * one {@link Services} and append to the same PostgreSQL schema as the other workstation.
 * Arguments: schema, threads, appends per thread. Prints {@code DONE <appends>} and exits 0.
 */
public final class PostgresLedgerAppender {

    private PostgresLedgerAppender() {
    }

    public static void main(String[] args) throws Exception {
        String schema = args[0];
        int threads = Integer.parseInt(args[1]);
        int perThread = Integer.parseInt(args[2]);
        ConnectionProfile.Server base = ConnectionProfile.Server.fromJdbcUrl(System.getenv("CUSTODIA_TEST_PG_URL"),
                System.getenv("CUSTODIA_TEST_PG_USER"));
        ConnectionProfile.Server server = new ConnectionProfile.Server(base.host(), base.port(), base.database(),
                base.user(), base.tls(), base.caFile(), schema);
        String workstation = "pg-child-" + ProcessHandle.current().pid();
        WorkspaceService workspaces = new WorkspaceService(Clock.systemUTC(), TestWorkspaces.FAST_HASHER, workstation);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Services services = workspaces.connect(server, TestWorkspaces.pgPassword(),
                System.getenv("CUSTODIA_PASSPHRASE").toCharArray(), Progress.NONE)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long offset = (long) t * perThread;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        services.ledger().append(LedgerAppender.draft(offset + i));
                    }
                    return perThread;
                }));
            }
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get();
            }
            System.out.println("DONE " + total);
        } finally {
            pool.shutdownNow();
        }
    }
}
