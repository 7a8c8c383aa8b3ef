package com.custodia.service.consent;

import com.custodia.domain.Consent;
import com.custodia.domain.Hashes;
import com.custodia.domain.Person;
import com.custodia.domain.PolicyVersion;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Records and withdraws consents and lists them, per person and across everyone. A consent is
 * recorded as a receipt (policy version, collection method, evidence hash, collected by);
 * withdrawal is one call and the disclosure rules see it at the next disclosure.
 */
public final class ConsentService {

    /** Largest evidence file kept with a consent. */
    public static final int MAX_EVIDENCE = 20 * 1024 * 1024;

    /** A consent as shown to operators: the whole receipt, with the policy version's label. */
    public record ConsentView(long id, long personId, String purpose, Set<String> recipients, Set<String> categories,
                              String status, Instant givenAt, Instant withdrawnAt, String purposeCategory,
                              String consentType, String medium, Long policyVersionId, String policyVersionLabel,
                              String collectionMethod, String collectedBy, String evidence, String evidenceSha256,
                              boolean sensitive, Instant expiresAt, String withdrawalMethod, String withdrawnBy,
                              boolean needsReconfirmation, Long statementId, String statementSha256) {
    }

    private final Database database;
    private final AccessGuard guard;
    private final Clock clock;

    public ConsentService(Database database, AccessGuard guard, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.clock = clock;
    }

    /** Records a plain consent under the current policy version; the evidence is a description. */
    public long record(Principal actor, long personId, String purpose, Set<String> recipients, Set<String> categories,
                       String evidence) {
        ConsentDraft draft = ConsentDraft.of(personId, purpose, recipients, categories, "recorded by an operator");
        return record(actor, evidence == null ? draft : draft.withEvidence(evidence, null));
    }

    /**
     * Records a consent receipt. The evidence bytes, when given, are kept and their SHA-256 goes
     * into the receipt.
     *
     * @throws IllegalArgumentException for a missing purpose, recipient, category, method, or an unknown person or version
     */
    public long record(Principal actor, ConsentDraft draft) {
        guard.require(actor, Permission.CONSENT_MANAGE, "record consents");
        return database.fromTransaction(s -> insert(s, actor, draft, clock.instant()).getId());
    }

    /** The insert, inside the caller's transaction; statements use it for their consents. */
    Consent insert(Session s, Principal actor, ConsentDraft draft, Instant now) {
        if (draft.purpose() == null || draft.purpose().isBlank()) {
            throw new IllegalArgumentException("A consent states its purpose.");
        }
        if (draft.evidence() != null && draft.evidence().length > MAX_EVIDENCE) {
            throw new IllegalArgumentException("The evidence file is larger than 20 MB.");
        }
        if (s.find(Person.class, draft.personId()) == null) {
            throw new IllegalArgumentException("There is no person with id " + draft.personId() + ".");
        }
        Long versionId = draft.policyVersionId();
        if (versionId == null) {
            versionId = PolicyVersionService.currentId(s, now);
        } else if (s.find(PolicyVersion.class, versionId) == null) {
            throw new IllegalArgumentException("There is no policy version with id " + versionId + ".");
        }
        String hash = draft.evidence() == null ? null : Hashes.sha256(draft.evidence());
        Consent consent = new Consent(draft.personId(), draft.purpose().strip(), draft.recipients(),
                draft.categories(), now, draft.evidenceName(), hash);
        consent.describe(versionId, draft.purposeCategory(), draft.consentType(), draft.medium(),
                draft.collectionMethod(), actor.username(), draft.sensitive(), draft.expiresAt());
        s.persist(consent);
        s.flush();
        if (draft.evidence() != null) {
            String name = draft.evidenceName() == null || draft.evidenceName().isBlank() ? "evidence"
                    : draft.evidenceName();
            long id = consent.getId();
            s.doWork(c -> ConsentEvidence.insert(c, id, name.length() > 300 ? name.substring(0, 300) : name,
                    draft.evidence()));
        }
        return consent;
    }

    /** Withdrawal without a stated channel, as an operator records it. */
    public void withdraw(Principal actor, long consentId) {
        withdraw(actor, consentId, "recorded by an operator");
    }

    /**
     * Withdraws a consent, saying how the person withdrew. It takes effect at once: the next
     * disclosure check sees it. A withdrawn statement consent sends its statement back to
     * awaiting consent (the take-down list comes from {@link StatementService#withdraw}).
     */
    public ConsentView withdraw(Principal actor, long consentId, String how) {
        guard.require(actor, Permission.CONSENT_MANAGE, "withdraw consents");
        return database.fromTransaction(s -> {
            Consent consent = s.find(Consent.class, consentId);
            if (consent == null) {
                throw new IllegalArgumentException("There is no consent with id " + consentId + ".");
            }
            consent.withdraw(clock.instant(), how, actor.username());
            if (consent.getStatementId() != null) {
                StatementService.consentWithdrawn(s, consent.getStatementId(), clock.instant());
            }
            return view(consent, labels(s));
        });
    }

    public List<ConsentView> ofPerson(Principal actor, long personId) {
        guard.require(actor, Permission.PERSON_VIEW, "view consents");
        return database.fromTransaction(s -> {
            Map<Long, String> labels = labels(s);
            return s.createSelectionQuery("from Consent where personId = :p order by givenAt, id", Consent.class)
                    .setParameter("p", personId).getResultList().stream().map(c -> view(c, labels)).toList();
        });
    }

    /** One consent. */
    public ConsentView detail(Principal actor, long consentId) {
        guard.require(actor, Permission.PERSON_VIEW, "view consents");
        return database.fromTransaction(s -> {
            Consent c = s.find(Consent.class, consentId);
            if (c == null) {
                throw new IllegalArgumentException("There is no consent with id " + consentId + ".");
            }
            return view(c, labels(s));
        });
    }

    /** Consents across everyone, newest first, filtered by purpose, status, version and re-confirmation. */
    public List<ConsentView> search(Principal actor, ConsentFilter filter) {
        guard.require(actor, Permission.PERSON_VIEW, "view consents");
        StringBuilder hql = new StringBuilder("from Consent where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.purpose() != null && !filter.purpose().isBlank()) {
            hql.append(" and lower(purpose) like :purpose");
            params.put("purpose", "%" + filter.purpose().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.status() != null) {
            hql.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.policyVersionId() != null) {
            hql.append(" and policyVersionId = :version");
            params.put("version", filter.policyVersionId());
        }
        if (filter.needsReconfirmation()) {
            hql.append(" and needsReconfirmation = true");
        }
        hql.append(" order by givenAt desc, id desc");
        return database.fromTransaction(s -> {
            var query = s.createSelectionQuery(hql.toString(), Consent.class);
            params.forEach(query::setParameter);
            Map<Long, String> labels = labels(s);
            return query.setMaxResults(Math.max(1, filter.limit())).getResultList().stream()
                    .map(c -> view(c, labels)).toList();
        });
    }

    /** The evidence file kept with a consent, or null when none was kept. */
    public byte[] evidence(Principal actor, long consentId) {
        guard.require(actor, Permission.CONSENT_MANAGE, "read consent evidence");
        return database.fromConnection(c -> ConsentEvidence.read(c, consentId));
    }

    static Map<Long, String> labels(Session s) {
        Map<Long, String> out = new HashMap<>();
        s.createSelectionQuery("from PolicyVersion", PolicyVersion.class).getResultList()
                .forEach(v -> out.put(v.getId(), v.getLabel()));
        return out;
    }

    static ConsentView view(Consent c, Map<Long, String> labels) {
        return new ConsentView(c.getId(), c.getPersonId(), c.getPurpose(), c.getRecipients(), c.getCategories(),
                c.getStatus().name(), c.getGivenAt(), c.getWithdrawnAt(), c.getPurposeCategory(),
                c.getConsentType().name(), c.getMedium(), c.getPolicyVersionId(),
                c.getPolicyVersionId() == null ? null : labels.get(c.getPolicyVersionId()), c.getCollectionMethod(),
                c.getCollectedBy(), c.getEvidence(), c.getEvidenceSha256(), c.isSensitive(), c.getExpiresAt(),
                c.getWithdrawalMethod(), c.getWithdrawnBy(), c.isNeedsReconfirmation(), c.getStatementId(),
                c.getStatementSha256());
    }
}
