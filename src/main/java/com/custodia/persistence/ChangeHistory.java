package com.custodia.persistence;

import org.hibernate.Session;

/**
 * Work on the change history that is not a flushed change: filing a merged person's history
 * under the survivor. History rows are written when the session flushes, so this flushes first;
 * the merged person's last changes (the moves, its deletion) are then re-filed too.
 */
public final class ChangeHistory {

    private ChangeHistory() {
    }

    /** Files every history row of {@code fromPersonId} under {@code toPersonId}; returns how many moved. */
    public static int moveToPerson(Session session, long fromPersonId, long toPersonId) {
        session.flush();
        return session.createMutationQuery("update ChangeRecord set personId = :to where personId = :from")
                .setParameter("to", toPersonId)
                .setParameter("from", fromPersonId)
                .executeUpdate();
    }
}
