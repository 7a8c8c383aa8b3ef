package com.custodia.persistence;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.ChangeRecord;
import com.custodia.domain.ChangeRevision;
import com.custodia.domain.HistoryTracked;
import com.custodia.domain.NotInHistory;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the change history (docs/decisions/0012): when a session flushes an insert, update or
 * delete of a {@link HistoryTracked} entity, Hibernate hands over the previous and the current
 * state; every property whose value differs becomes one {@link ChangeRecord}, all under one
 * {@link ChangeRevision} per transaction that says who and why ({@link ChangeContext}).
 *
 * <p>The rows are written at flush time on the session's own connection, in its transaction, so
 * they commit or roll back with the change and a merge that re-files history after a flush sees
 * them. Stateless sessions (bulk import, demo data) are left out on purpose: their writes are not
 * doubled.
 */
final class ChangeHistoryListener implements PostInsertEventListener, PostUpdateEventListener,
        PostDeleteEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeHistoryListener.class);

    /** The revision of one transaction: filled in on the first change it writes. */
    private static final class Scope {
        final ChangeContext context;
        Long revisionId;

        Scope(ChangeContext context) {
            this.context = context;
        }
    }

    private record Change(String field, String oldValue, String newValue) {
    }

    // sessions are used by one thread at a time, but many sessions share this listener
    private final Map<SharedSessionContractImplementor, Scope> scopes = Collections.synchronizedMap(new WeakHashMap<>());

    private final ClassValue<Set<String>> leftOut = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(NotInHistory.class)) {
                        names.add(f.getName());
                    }
                }
            }
            return Set.copyOf(names);
        }
    };

    /** Says who and why for the changes the session's current transaction makes. */
    void attribute(SharedSessionContractImplementor session, ChangeContext context) {
        Scope previous = scopes.put(session, new Scope(Objects.requireNonNull(context, "context")));
        if (previous == null) {
            forgetAfterCompletion(session);
        }
    }

    private void forgetAfterCompletion(SharedSessionContractImplementor session) {
        session.getTransactionCompletionCallbacks().registerCallback(
                (AfterCompletionCallback) (success, s) -> scopes.remove(session));
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof HistoryTracked tracked && !event.getSession().isStateless()) {
            record(event.getSession(), event.getPersister(), tracked, event.getId(), null, event.getState());
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof HistoryTracked tracked && !event.getSession().isStateless()) {
            Object[] old = event.getOldState();
            if (old == null) {
                // no loaded state to compare with: keep what changed, with the old value unknown
                LOG.warn("No previous state of {} {}; history keeps new values only",
                        event.getPersister().getEntityName(), event.getId());
            }
            record(event.getSession(), event.getPersister(), tracked, event.getId(),
                    old == null ? new Object[event.getState().length] : old, event.getState());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof HistoryTracked tracked && !event.getSession().isStateless()) {
            record(event.getSession(), event.getPersister(), tracked, event.getId(), event.getDeletedState(), null);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(SharedSessionContractImplementor session, EntityPersister persister, HistoryTracked entity,
                        Object id, Object[] oldState, Object[] newState) {
        List<Change> changes = compare(persister, oldState, newState);
        Long personId = entity.historyPersonId();
        if (changes.isEmpty() || personId == null) {
            return;
        }
        Scope scope = scopes.get(session);
        if (scope == null) {
            // a writer that did not say who: the change is still kept, marked as unattributed
            LOG.warn("{} changed without a change context; history marks it as not recorded",
                    persister.getMappedClass().getSimpleName());
            scope = new Scope(new ChangeContext(null, null, Instant.now()));
            scopes.put(session, scope);
            forgetAfterCompletion(session);
        }
        String entityName = persister.getMappedClass().getSimpleName();
        long entityId = ((Number) id).longValue();
        // a child session on the same connection: same transaction, ids from the mapped sequence
        try (StatelessSession writer = session.statelessWithOptions().connection().open()) {
            if (scope.revisionId == null) {
                ChangeRevision revision = new ChangeRevision(scope.context);
                writer.insert(revision);
                scope.revisionId = revision.getId();
            }
            for (Change change : changes) {
                writer.insert(new ChangeRecord(scope.revisionId, personId, entityName, entityId, change.field(),
                        change.oldValue(), change.newValue()));
            }
        }
    }

    private List<Change> compare(EntityPersister persister, Object[] oldState, Object[] newState) {
        String[] names = persister.getPropertyNames();
        Set<String> skip = leftOut.get(persister.getMappedClass());
        int version = persister.getVersionPropertyIndex();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (i == version || skip.contains(names[i])) {
                continue;
            }
            String before = oldState == null ? null : text(oldState[i]);
            String after = newState == null ? null : text(newState[i]);
            if (!Objects.equals(before, after)) {
                changes.add(new Change(names[i], before, after));
            }
        }
        return changes;
    }

    /** A value as the history shows it: enums by name, amounts without exponent, times in ISO form. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
