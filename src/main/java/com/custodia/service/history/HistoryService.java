package com.custodia.service.history;

import com.custodia.domain.Operator;
import com.custodia.persistence.Database;
import com.custodia.policy.Masking;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hibernate.Session;

/**
 * Reads the change history of a person and every record held about them (docs/decisions/0012),
 * newest first. Reading it needs full view of person records; license keys in it are masked for
 * roles that may not see keys.
 */
public final class HistoryService {

    /** Where the history keeps a person's account owner: the Person entity's field, by operator id. */
    private static final String OWNER_ENTITY = "Person";
    private static final String OWNER_FIELD = "accountOwnerId";

    private final Database database;
    private final AccessGuard guard;

    public HistoryService(Database database, AccessGuard guard) {
        this.database = database;
        this.guard = guard;
    }

    /**
     * Every recorded change of the person and their records, newest revision first. An account
     * owner is shown by the operator's name rather than the id the history keeps.
     */
    public List<HistoryEntry> history(Principal actor, long personId) {
        guard.require(actor, Permission.PERSON_VIEW, "read the change history of a person");
        boolean keys = actor.may(Permission.LICENSE_KEY_VIEW);
        return database.fromTransaction(s -> {
            Map<String, String> operators = new HashMap<>();
            return s.createSelectionQuery(
                            "select v.changedAt, v.operatorName, v.source, r.entity, r.entityId, r.field, r.oldValue,"
                                    + " r.newValue from ChangeRecord r join ChangeRevision v on v.id = r.revisionId"
                                    + " where r.personId = :person order by v.changedAt desc, v.id desc, r.id",
                            Object[].class)
                    .setParameter("person", personId)
                    .getResultList().stream()
                    .map(row -> entry(row, keys, id -> operators.computeIfAbsent(id, k -> operatorName(s, k))))
                    .toList();
        });
    }

    /** "Display name (username)" of the operator with this id (as history text), or the id when there is none. */
    private static String operatorName(Session s, String id) {
        try {
            Operator o = s.find(Operator.class, Long.parseLong(id));
            return o == null ? id : o.getDisplayName() + " (" + o.getUsername() + ")";
        } catch (NumberFormatException e) {
            return id;
        }
    }

    private static HistoryEntry entry(Object[] row, boolean keys, UnaryOperator<String> operatorName) {
        String entity = (String) row[3];
        String field = (String) row[5];
        String oldValue = (String) row[6];
        String newValue = (String) row[7];
        if (!keys && Masking.holdsLicenseKey(entity, field)) {
            oldValue = Masking.licenseKey(oldValue);
            newValue = Masking.licenseKey(newValue);
        }
        if (OWNER_ENTITY.equals(entity) && OWNER_FIELD.equals(field)) {
            oldValue = oldValue == null ? null : operatorName.apply(oldValue);
            newValue = newValue == null ? null : operatorName.apply(newValue);
        }
        return new HistoryEntry((Instant) row[0], (String) row[1], (String) row[2], entity, ((Number) row[4]).longValue(),
                field, oldValue, newValue);
    }
}
