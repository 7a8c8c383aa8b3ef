package com.custodia.service.people;

import com.custodia.domain.Consent;
import com.custodia.domain.Person;
import com.custodia.domain.PersonField;
import com.custodia.persistence.Database;
import com.custodia.policy.ConsentConflicts;
import com.custodia.policy.MergeRules;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Merges two records of one person (decision 0014). Everything held under the merged record
 * moves to the survivor by bulk UPDATE, each moved row recorded in the change history; the
 * person's history moves too; a person_merge row keeps the event (who, when, what moved); the
 * merged record is then deleted, its values kept in the change history. A merge is refused,
 * with the reasons, when the records' consents conflict ({@link ConsentConflicts}) or when
 * either record changed since the operator reviewed it. Only privacy officers merge
 * ({@link Permission#PERSON_MERGE}), because a merge changes whose consents cover what.
 */
public final class PersonMerger {

    private final Database database;
    private final AccessGuard guard;
    private final Clock clock;

    public PersonMerger(Database database, AccessGuard guard, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * What merging {@code mergedId} into {@code survivorId} would do, including whether consents
     * forbid it. Changes nothing.
     */
    public MergePreview preview(Principal actor, long survivorId, long mergedId) {
        guard.require(actor, Permission.PERSON_MERGE, "merge person records");
        if (survivorId == mergedId) {
            throw new IllegalArgumentException("A person cannot be merged into itself.");
        }
        return database.fromTransaction(s -> {
            LoadedPerson survivor = PersonEditor.loaded(PersonEditor.find(s, survivorId));
            LoadedPerson merged = PersonEditor.loaded(PersonEditor.find(s, mergedId));
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String table : MergeMoves.MOVED_TABLES) {
                counts.put(table, MergeMoves.count(s, table, mergedId));
            }
            counts.put(MergeMoves.HISTORY, MergeMoves.count(s, MergeMoves.HISTORY, mergedId));
            Set<PersonField> proposed = EnumSet.noneOf(PersonField.class);
            for (PersonField f : PersonField.values()) {
                if (MergeRules.proposeMergedValue(survivor.form().get(f), merged.form().get(f))) {
                    proposed.add(f);
                }
            }
            return new MergePreview(survivor, merged, counts, consentConflicts(s, survivorId, mergedId), proposed);
        });
    }

    /**
     * Merges as requested, in one transaction: all of it or nothing.
     *
     * @throws MergeRefusedException when consents conflict or a record changed since it was reviewed
     * @throws InvalidPersonException when the survivor's profile with the chosen fields would be invalid
     * @throws IllegalArgumentException when either record does not exist
     */
    public MergeResult merge(Principal actor, MergeRequest request) {
        guard.require(actor, Permission.PERSON_MERGE, "merge person records");
        return database.fromTransaction(s -> {
            Instant now = clock.instant();
            long survivorId = request.survivorId();
            long mergedId = request.mergedId();
            // both rows locked, in id order so two merges over the same records cannot deadlock;
            // the lock also holds back new rows for the merged record until it is gone
            Person first = lock(s, Math.min(survivorId, mergedId));
            Person second = lock(s, Math.max(survivorId, mergedId));
            Person survivor = first.getId() == survivorId ? first : second;
            Person merged = survivor == first ? second : first;
            if (survivor.getVersion() != request.survivorVersion() || merged.getVersion() != request.mergedVersion()) {
                throw new MergeRefusedException("Person " + (survivor.getVersion() != request.survivorVersion()
                        ? survivorId : mergedId) + " was changed on another workstation since you reviewed the merge. "
                        + "Nothing was merged; review it again.", List.of());
            }
            List<ConsentConflicts.Conflict> conflicts = consentConflicts(s, survivorId, mergedId);
            if (!conflicts.isEmpty()) {
                throw new MergeRefusedException("Person " + mergedId + " cannot be merged into person " + survivorId
                        + " because their consents conflict; settle these first:\n"
                        + conflicts.stream().map(ConsentConflicts.Conflict::reason).collect(Collectors.joining("\n")),
                        conflicts);
            }
            PersonForm survivorForm = PersonEditor.loaded(survivor).form();
            PersonForm mergedForm = PersonEditor.loaded(merged).form();
            PersonForm target = survivorForm;
            for (PersonField f : request.fromMerged()) {
                target = target.with(f, mergedForm.get(f));
            }
            target = PersonEditor.checked(target);
            String mergedExternalId = merged.getExternalId();

            long revision = ChangeLog.revision(s, actor.username(),
                    "merge of person " + mergedId + " into person " + survivorId, now);
            MergeMoves moves = new MergeMoves(s, revision, survivorId, mergedId);
            List<String> preferenceDecisions = moves.settlePreferences();
            Map<String, Integer> moved = moves.moveAll();
            s.detach(merged);
            moves.deleteMerged(mergedForm, merged.getVersion(), mergedExternalId);

            Set<PersonField> taken = EnumSet.noneOf(PersonField.class);
            for (PersonField f : PersonField.values()) {
                if (!java.util.Objects.equals(survivorForm.get(f), target.get(f))) {
                    survivor.set(f, target.get(f));
                    taken.add(f);
                }
            }
            if (survivor.getExternalId() == null && mergedExternalId != null) {
                // the merged record's link to the source system carries on, so a re-import by
                // external_id updates the survivor instead of bringing the merged record back
                survivor.withExternalId(mergedExternalId);
            }
            survivor.touch(now);
            s.flush();
            long mergeId = moves.recordEvent(actor.username(), now,
                    detail(moved, preferenceDecisions, taken, mergedExternalId));
            return new MergeResult(mergeId, survivorId, mergedId, now, moved, preferenceDecisions, taken,
                    survivor.getVersion());
        });
    }

    private static Person lock(Session s, long id) {
        Person p = s.find(Person.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new IllegalArgumentException(MergeHistory.whereIs(s, id));
        }
        return p;
    }

    private static List<ConsentConflicts.Conflict> consentConflicts(Session s, long survivorId, long mergedId) {
        List<ConsentConflicts.Terms> survivor = new ArrayList<>();
        List<ConsentConflicts.Terms> merged = new ArrayList<>();
        List<Consent> consents = s.createSelectionQuery("from Consent where personId in (:a, :b) order by id",
                Consent.class).setParameter("a", survivorId).setParameter("b", mergedId).getResultList();
        for (Consent c : consents) {
            ConsentConflicts.Terms terms = new ConsentConflicts.Terms(c.getId(), c.getPersonId(), c.getPurpose(),
                    c.getRecipients(), c.getCategories(), c.getStatus(), c.getGivenAt(), c.getWithdrawnAt());
            (c.getPersonId() == survivorId ? survivor : merged).add(terms);
            // the rows are moved by a bulk UPDATE below; no stale copy may stay in the session
            s.detach(c);
        }
        return ConsentConflicts.between(survivor, merged);
    }

    private static String detail(Map<String, Integer> moved, List<String> preferences, Set<PersonField> taken,
                                 String mergedExternalId) {
        StringBuilder sb = new StringBuilder("moved: ");
        sb.append(moved.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        if (!preferences.isEmpty()) {
            sb.append("; preferences: ").append(String.join(", ", preferences));
        }
        sb.append("; fields from merged: ").append(taken.isEmpty() ? "none"
                : taken.stream().map(PersonField::column).collect(Collectors.joining(", ")));
        if (mergedExternalId != null) {
            sb.append("; merged external_id: ").append(mergedExternalId);
        }
        String text = sb.toString();
        return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }
}
