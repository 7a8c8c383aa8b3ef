package com.custodia.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.EntryDraft;
import com.custodia.ledger.VerificationReport;
import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several threads of one workstation appending at once (they share the flushes to the file):
 * numbers stay contiguous, every checkpoint signs the right tree, and the ledger verifies.
 */
class H2ConcurrentAppendTest {

    @TempDir
    Path dir;

    @Test
    void concurrentAppendsKeepOneContiguousChainWithCorrectCheckpoints() throws Exception {
        try (Services services = TestWorkspaces.embedded(dir.resolve("ws"), Clock.systemUTC())) {
            ConcurrentLinkedQueue<Long> numbers = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        for (int i = 0; i < 130; i++) {
                            AppendedEntry entry = services.ledger().append(new EntryDraft("officer",
                                    Set.of("PRIVACY_OFFICER"), RecipientKind.THIRD_PARTY, "Recipient " + thread, null,
                                    LegalBasis.CONSENT, "consent-" + i, Set.of((long) i), List.of("contact"),
                                    List.of("email"), "study", "file", "ab".repeat(32), null, null));
                            numbers.add(entry.seq());
                        }
                        return null;
                    }));
                }
                for (Future<?> f : results) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(numbers).hasSize(520).doesNotHaveDuplicates().allMatch(n -> n >= 0 && n < 520);
            assertThat(services.ledger().store().checkpoints(services.info().id()))
                    .extracting(c -> c.treeSize()).contains(100L, 200L, 300L, 400L, 500L);
            VerificationReport report = services.ledger().verify(
                    TestWorkspaces.principal(1, "officer", Role.PRIVACY_OFFICER), Progress.NONE);
            assertThat(report.ok()).as(report.detail()).isTrue();
            assertThat(report.entries()).isEqualTo(520);
            assertThat(report.checkpointsChecked()).isGreaterThanOrEqualTo(5);
        }
    }
}
