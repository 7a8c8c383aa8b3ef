package com.custodia.service.history;

import com.custodia.persistence.Database;
import com.custodia.policy.Masking;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import java.time.Instant;
import java.util.List;

/**
 * Reads the change history of a person and every record held about them (docs/decisions/0012),
 * newest first. Reading it needs full view of person records; license keys in it are masked for
 * roles that may not see keys.
 */
public final class HistoryService {

    private final Database database;
    private final AccessGuard guard;

    public HistoryService(Database database, AccessGuard guard) {
        this.database = database;
        this.guard = guard;
    }

    /** Every recorded change of the person and their records, newest revision first. */
    public List<HistoryEntry> history(Principal actor, long personId) {
        guard.require(actor, Permission.PERSON_VIEW, "read the change history of a person");
        boolean keys = actor.may(Permission.LICENSE_KEY_VIEW);
        return database.fromTransaction(s -> s.createSelectionQuery(
                        "select v.changedAt, v.operatorName, v.source, r.entity, r.entityId, r.field, r.oldValue, r.newValue"
                                + " from ChangeRecord r join ChangeRevision v on v.id = r.revisionId"
                                + " where r.personId = :person order by v.changedAt desc, v.id desc, r.id",
                        Object[].class)
                .setParameter("person", personId)
                .getResultList().stream()
                .map(row -> entry(row, keys))
                .toList());
    }

    private static HistoryEntry entry(Object[] row, boolean keys) {
        String entity = (String) row[3];
        String field = (String) row[5];
        String oldValue = (String) row[6];
        String newValue = (String) row[7];
        if (!keys && Masking.holdsLicenseKey(entity, field)) {
            oldValue = Masking.licenseKey(oldValue);
            newValue = Masking.licenseKey(newValue);
        }
        return new HistoryEntry((Instant) row[0], (String) row[1], (String) row[2], entity, ((Number) row[4]).longValue(),
                field, oldValue, newValue);
    }
}
