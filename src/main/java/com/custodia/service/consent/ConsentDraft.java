package com.custodia.service.consent;

import com.custodia.domain.ConsentType;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A consent as the operator records it: what the person agreed to (purpose, recipients, data
 * categories, medium or scope), under which policy version (null: the current one), how it was
 * collected, and the evidence (a file name and its bytes, hashed; both optional).
 */
public record ConsentDraft(long personId, String purpose, String purposeCategory, Set<String> recipients,
                           Set<String> categories, String medium, Long policyVersionId, String collectionMethod,
                           ConsentType consentType, boolean sensitive, Instant expiresAt, String evidenceName,
                           byte[] evidence) {

    public ConsentDraft {
        recipients = Set.copyOf(recipients);
        categories = Set.copyOf(categories);
        Objects.requireNonNull(consentType, "consentType");
    }

    /** A plain explicit consent under the current policy, without evidence file. */
    public static ConsentDraft of(long personId, String purpose, Set<String> recipients, Set<String> categories,
                                  String collectionMethod) {
        return new ConsentDraft(personId, purpose, null, recipients, categories, null, null, collectionMethod,
                ConsentType.EXPLICIT, false, null, null, null);
    }

    public ConsentDraft withEvidence(String name, byte[] bytes) {
        return new ConsentDraft(personId, purpose, purposeCategory, recipients, categories, medium, policyVersionId,
                collectionMethod, consentType, sensitive, expiresAt, name, bytes);
    }

    public ConsentDraft withPolicyVersion(Long id) {
        return new ConsentDraft(personId, purpose, purposeCategory, recipients, categories, medium, id,
                collectionMethod, consentType, sensitive, expiresAt, evidenceName, evidence);
    }

    public ConsentDraft withExpiry(Instant at) {
        return new ConsentDraft(personId, purpose, purposeCategory, recipients, categories, medium, policyVersionId,
                collectionMethod, consentType, sensitive, at, evidenceName, evidence);
    }

    public ConsentDraft withMedium(String value, String category) {
        return new ConsentDraft(personId, purpose, category, recipients, categories, value, policyVersionId,
                collectionMethod, consentType, sensitive, expiresAt, evidenceName, evidence);
    }
}
