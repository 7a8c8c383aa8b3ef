package com.custodia.service.ledger;

import com.custodia.domain.SecurityEventKind;
import com.custodia.ledger.LedgerQueries;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads the {@link LedgerStatus} shown in the console's status bar. Three small reads (the head
 * row, the newest checkpoint, the newest verification event), cheap enough to repeat every
 * minute on every workstation. Open to operators who may read the ledger, all of it or about their
 * own customers, or verify it: the state says how many entries the ledger holds and whether it was
 * found intact, nothing about whom or what they concern (decision 0028).
 */
public final class LedgerStatusService {

    private static final Set<SecurityEventKind> VERIFICATIONS =
            EnumSet.of(SecurityEventKind.LEDGER_VERIFIED, SecurityEventKind.LEDGER_TAMPERING_DETECTED);

    private final LedgerQueries queries;
    private final SecurityLog log;
    private final AccessGuard guard;

    public LedgerStatusService(LedgerQueries queries, SecurityLog log, AccessGuard guard) {
        this.queries = queries;
        this.log = log;
        this.guard = guard;
    }

    /** Whether {@link #status} is open to this operator, so a screen can leave out what it would refuse. */
    public static boolean mayRead(Principal actor) {
        return actor != null && (actor.may(Permission.LEDGER_READ_ALL) || actor.may(Permission.LEDGER_READ_OWN)
                || actor.may(Permission.LEDGER_VERIFY));
    }

    public LedgerStatus status(Principal actor) {
        if (!mayRead(actor)) {
            guard.require(actor, Permission.LEDGER_READ_ALL, "see the state of the disclosure ledger");
        }
        LedgerStatus.Checkpoint checkpoint = queries.newestCheckpoint()
                .map(c -> new LedgerStatus.Checkpoint(c.treeSize(), c.signedAt())).orElse(null);
        LedgerStatus.Verification verification = log.newestOf(VERIFICATIONS)
                .map(e -> new LedgerStatus.Verification(e.occurredAt(), e.operator(),
                        e.kind() == SecurityEventKind.LEDGER_VERIFIED, e.detail()))
                .orElse(null);
        return new LedgerStatus(queries.size(), checkpoint, verification);
    }
}
