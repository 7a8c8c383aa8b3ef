package com.custodia.service.consent;

import com.custodia.domain.Consent;
import com.custodia.domain.ConsentStatus;
import com.custodia.domain.PolicyVersion;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.policy.PolicyVersions;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Privacy policy versions (promise P6): publishing one (privacy officers), the current one for the
 * status bar, the list, a version's text and a line diff between two versions. Publishing marks
 * every granted consent given under an older version as needing re-confirmation, in the same
 * transaction, and says which.
 */
public final class PolicyVersionService {

    private final Database database;
    private final AccessGuard guard;
    private final Clock clock;

    public PolicyVersionService(Database database, AccessGuard guard, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Publishes a new version and marks the consents given under older versions.
     *
     * @throws IllegalArgumentException for a missing label or text, a label already used, or an
     *                                  effective date before the last-updated date
     */
    public PolicyPublication publish(Principal actor, String label, LocalDate lastUpdated, LocalDate effectiveFrom,
                                     String policyUrl, String text) {
        guard.require(actor, Permission.POLICY_VERSION_MANAGE, "publish policy versions");
        Instant now = clock.instant();
        return database.fromTransaction(s -> {
            if (label != null && !s.createSelectionQuery("from PolicyVersion where label = :l", PolicyVersion.class)
                    .setParameter("l", label.strip()).getResultList().isEmpty()) {
                throw new IllegalArgumentException("A policy version labelled '" + label.strip() + "' exists already.");
            }
            PolicyVersion version = new PolicyVersion(label, lastUpdated, effectiveFrom, policyUrl, text, now,
                    actor.username());
            s.persist(version);
            s.flush();
            Map<Long, PolicyVersions.VersionFact> facts = new HashMap<>();
            for (PolicyVersion v : all(s)) {
                facts.put(v.getId(), fact(v));
            }
            PolicyVersions.VersionFact published = facts.get(version.getId());
            List<Long> marked = new ArrayList<>();
            for (Consent c : s.createSelectionQuery("from Consent where status = :g and needsReconfirmation = false "
                    + "order by id", Consent.class).setParameter("g", ConsentStatus.GRANTED).getResultList()) {
                PolicyVersions.VersionFact under = c.getPolicyVersionId() == null ? null
                        : facts.get(c.getPolicyVersionId());
                if (PolicyVersions.needsReconfirmation(true, under, published)) {
                    c.markForReconfirmation();
                    marked.add(c.getId());
                }
            }
            return new PolicyPublication(view(version, currentId(s, now)), List.copyOf(marked));
        });
    }

    /** Every version, newest effective date first. Anyone signed in may read the published policy. */
    public List<PolicyVersionView> list(Principal actor) {
        requireSignedIn(actor);
        return database.fromTransaction(s -> {
            Long current = currentId(s, clock.instant());
            List<PolicyVersionView> out = new ArrayList<>();
            for (PolicyVersion v : all(s)) {
                out.add(view(v, current));
            }
            out.sort((a, b) -> b.effectiveFrom().compareTo(a.effectiveFrom()) != 0
                    ? b.effectiveFrom().compareTo(a.effectiveFrom()) : Long.compare(b.id(), a.id()));
            return out;
        });
    }

    /** The version in force today, for the status bar; empty before any version is published. */
    public Optional<PolicyVersionView> current() {
        return database.fromTransaction(s -> {
            Long id = currentId(s, clock.instant());
            return id == null ? Optional.empty() : Optional.of(view(s.find(PolicyVersion.class, id), id));
        });
    }

    /** A version's full text. */
    public String text(Principal actor, long versionId) {
        requireSignedIn(actor);
        return database.fromTransaction(s -> find(s, versionId).getText());
    }

    /** The line diff from {@code olderId}'s text to {@code newerId}'s, every line in order. */
    public List<PolicyDiffLine> diff(Principal actor, long olderId, long newerId) {
        requireSignedIn(actor);
        String[] texts = database.fromTransaction(s -> new String[] {find(s, olderId).getText(),
                find(s, newerId).getText()});
        return diff(texts[0], texts[1]);
    }

    /** The line diff between two texts (java-diff-utils, Myers), unchanged lines included. */
    static List<PolicyDiffLine> diff(String older, String newer) {
        List<String> a = older.lines().toList();
        List<String> b = newer.lines().toList();
        Patch<String> patch = DiffUtils.diff(a, b);
        List<PolicyDiffLine> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int from = delta.getSource().getPosition();
            while (i < from) {
                out.add(new PolicyDiffLine(PolicyDiffLine.Kind.SAME, i + 1, j + 1, a.get(i)));
                i++;
                j++;
            }
            for (String line : delta.getSource().getLines()) {
                out.add(new PolicyDiffLine(PolicyDiffLine.Kind.REMOVED, ++i, 0, line));
            }
            for (String line : delta.getTarget().getLines()) {
                out.add(new PolicyDiffLine(PolicyDiffLine.Kind.ADDED, 0, ++j, line));
            }
        }
        while (i < a.size()) {
            out.add(new PolicyDiffLine(PolicyDiffLine.Kind.SAME, i + 1, j + 1, a.get(i)));
            i++;
            j++;
        }
        return out;
    }

    /** The id of the version in force at {@code now} (UTC date), or null. */
    static Long currentId(Session s, Instant now) {
        List<PolicyVersions.VersionFact> facts = all(s).stream().map(PolicyVersionService::fact).toList();
        return PolicyVersions.current(facts, LocalDate.ofInstant(now, ZoneOffset.UTC))
                .map(PolicyVersions.VersionFact::id).orElse(null);
    }

    private static List<PolicyVersion> all(Session s) {
        return s.createSelectionQuery("from PolicyVersion order by id", PolicyVersion.class).getResultList();
    }

    private static PolicyVersion find(Session s, long id) {
        PolicyVersion v = s.find(PolicyVersion.class, id);
        if (v == null) {
            throw new IllegalArgumentException("There is no policy version with id " + id + ".");
        }
        return v;
    }

    private static PolicyVersions.VersionFact fact(PolicyVersion v) {
        return new PolicyVersions.VersionFact(v.getId(), v.getLabel(), v.getEffectiveFrom());
    }

    private static PolicyVersionView view(PolicyVersion v, Long currentId) {
        return new PolicyVersionView(v.getId(), v.getLabel(), v.getLastUpdated(), v.getEffectiveFrom(),
                v.getPolicyUrl(), v.getTextSha256(), v.getPublishedAt(), v.getPublishedBy(),
                currentId != null && currentId == v.getId().longValue());
    }

    private static void requireSignedIn(Principal actor) {
        if (actor == null) {
            throw new IllegalArgumentException("Sign in to read the policy versions.");
        }
    }
}
