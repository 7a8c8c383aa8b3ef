package com.custodia.policy;

import com.custodia.domain.GrantPurpose;
import com.custodia.domain.GrantScope;
import com.custodia.domain.LicenseField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * May partner P receive fields F of license L now, and under which grant (promise P2)? A pure
 * function of the partner, the current agreement version, the partner's grants and the license,
 * answering with the one grant that allows it or a refusal with its reason. One answer is always
 * covered by one grant, so the ledger entry names exactly the grant it relied on.
 */
public final class GrantRules {

    private GrantRules() {
    }

    /** A grant as the rules see it. */
    public record GrantFact(long id, long partnerId, GrantScope scope, Set<Long> persons, Set<String> products,
                            Set<LicenseField> fields, GrantPurpose purpose, Instant validFrom, Instant validUntil,
                            Instant revokedAt, String revokedBy, String revokeReason) {
        public GrantFact {
            persons = Set.copyOf(persons);
            products = Set.copyOf(products);
            fields = fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
        }

        /** Whether the grant's scope covers the license, whatever its dates. */
        public boolean covers(LicenseFact license) {
            return switch (scope) {
                case CUSTOMERS -> persons.contains(license.personId());
                case PRODUCTS -> products.contains(license.product());
                case RESOLD -> license.resoldByPartnerId() != null && license.resoldByPartnerId() == partnerId;
            };
        }

        public State state(Instant now) {
            if (revokedAt != null && !now.isBefore(revokedAt)) {
                return State.REVOKED;
            }
            if (now.isBefore(validFrom)) {
                return State.NOT_YET_VALID;
            }
            if (!now.isBefore(validUntil)) {
                return State.EXPIRED;
            }
            return expiringSoon(now) ? State.EXPIRING_SOON : State.ACTIVE;
        }

        /** Active and ending within the warning period. */
        public boolean expiringSoon(Instant now) {
            return revokedAt == null && !now.isBefore(validFrom) && now.isBefore(validUntil)
                    && Duration.between(now, validUntil).compareTo(Duration.ofDays(PartnerRules.WARNING_DAYS)) <= 0;
        }
    }

    /** A license as the rules see it: whose it is, which product, who resold it. */
    public record LicenseFact(long id, long personId, String product, Long resoldByPartnerId) {
    }

    /** Where a grant stands at a moment. */
    public enum State {
        ACTIVE, EXPIRING_SOON, NOT_YET_VALID, EXPIRED, REVOKED;

        public boolean answers() {
            return this == ACTIVE || this == EXPIRING_SOON;
        }
    }

    /** Why a partner receives nothing. */
    public enum Refusal {
        UNKNOWN_PARTNER,
        NOT_REGISTERED,
        STALE_AGREEMENT,
        UNKNOWN_LICENSE,
        NO_GRANT,
        OUT_OF_SCOPE,
        GRANT_NOT_YET_VALID,
        GRANT_EXPIRED,
        GRANT_REVOKED,
        FIELD_NOT_ALLOWED
    }

    /**
     * Allowed under {@code grant} for exactly {@code fields}, or refused with {@code refusal} and
     * {@code reason}.
     */
    public record Answer(GrantFact grant, Set<LicenseField> fields, Refusal refusal, String reason) {
        public boolean allowed() {
            return refusal == null;
        }

        static Answer refuse(Refusal refusal, String reason) {
            return new Answer(null, Set.of(), refusal, reason);
        }
    }

    /**
     * Refuses unless the partner may receive anything today: registered, within its dates, under the
     * current agreement. Empty when it may.
     */
    public static Optional<Answer> partnerRefusal(PartnerRules.PartnerFact partner, int currentAgreementVersion,
                                                  Instant now) {
        PartnerRules.Standing standing = PartnerRules.standing(partner, currentAgreementVersion,
                LocalDate.ofInstant(now, ZoneOffset.UTC));
        if (standing.mayReceive()) {
            return Optional.empty();
        }
        Refusal refusal = standing.state() == PartnerRules.State.STALE_AGREEMENT ? Refusal.STALE_AGREEMENT
                : Refusal.NOT_REGISTERED;
        return Optional.of(Answer.refuse(refusal, standing.text()));
    }

    /**
     * May the partner receive {@code requested} fields of the license now? With no fields
     * requested, the answer is every field of the allowing grant that allows the most.
     *
     * @param grants every grant of this partner, in any state
     */
    public static Answer mayReceive(PartnerRules.PartnerFact partner, int currentAgreementVersion,
                                    List<GrantFact> grants, LicenseFact license, Set<LicenseField> requested,
                                    Instant now) {
        Optional<Answer> notRegistered = partnerRefusal(partner, currentAgreementVersion, now);
        if (notRegistered.isPresent()) {
            return notRegistered.get();
        }
        List<GrantFact> own = grants.stream().filter(g -> g.partnerId() == partner.id()).toList();
        if (own.isEmpty()) {
            return Answer.refuse(Refusal.NO_GRANT, partner.name() + " holds no grant at all.");
        }
        List<GrantFact> covering = own.stream().filter(g -> g.covers(license)).toList();
        if (covering.isEmpty()) {
            return Answer.refuse(Refusal.OUT_OF_SCOPE, "No grant of " + partner.name() + " covers this license (grants "
                    + ids(own) + " cover other customers, products or resold licenses).");
        }
        List<GrantFact> answering = covering.stream().filter(g -> g.state(now).answers()).toList();
        if (answering.isEmpty()) {
            return inactive(partner, covering, now);
        }
        if (requested == null || requested.isEmpty()) {
            GrantFact widest = answering.stream()
                    .max(Comparator.comparingInt((GrantFact g) -> g.fields().size())
                            .thenComparing(GrantFact::validUntil)
                            .thenComparing(Comparator.comparingLong(GrantFact::id).reversed()))
                    .orElseThrow();
            return new Answer(widest, widest.fields(), null, null);
        }
        Optional<GrantFact> allowing = answering.stream()
                .filter(g -> g.fields().containsAll(requested))
                .max(Comparator.comparing(GrantFact::validUntil)
                        .thenComparing(Comparator.comparingLong(GrantFact::id).reversed()));
        if (allowing.isPresent()) {
            return new Answer(allowing.get(), Set.copyOf(EnumSet.copyOf(requested)), null, null);
        }
        Set<LicenseField> allowedByAny = EnumSet.noneOf(LicenseField.class);
        answering.forEach(g -> allowedByAny.addAll(g.fields()));
        Set<String> outside = new TreeSet<>();
        requested.stream().filter(f -> !allowedByAny.contains(f)).forEach(f -> outside.add(f.fieldName()));
        String which = outside.isEmpty() ? "these fields together" : "the fields " + outside;
        return Answer.refuse(Refusal.FIELD_NOT_ALLOWED, "No active grant of " + partner.name() + " allows " + which
                + " for this license (grants " + ids(answering) + " allow " + names(allowedByAny) + ").");
    }

    /** Every covering grant is revoked, expired or not yet valid: say which, naming the latest. */
    private static Answer inactive(PartnerRules.PartnerFact partner, List<GrantFact> covering, Instant now) {
        Optional<GrantFact> expired = covering.stream().filter(g -> g.state(now) == State.EXPIRED)
                .max(Comparator.comparing(GrantFact::validUntil));
        Optional<GrantFact> revoked = covering.stream().filter(g -> g.state(now) == State.REVOKED)
                .max(Comparator.comparing(GrantFact::revokedAt));
        if (revoked.isPresent() && (expired.isEmpty()
                || revoked.get().revokedAt().isAfter(expired.get().validUntil()))) {
            GrantFact g = revoked.get();
            return Answer.refuse(Refusal.GRANT_REVOKED, "Grant " + g.id() + " of " + partner.name()
                    + " was revoked on " + g.revokedAt() + " by " + g.revokedBy() + ": " + g.revokeReason());
        }
        if (expired.isPresent()) {
            GrantFact g = expired.get();
            return Answer.refuse(Refusal.GRANT_EXPIRED, "Grant " + g.id() + " of " + partner.name() + " expired on "
                    + g.validUntil() + ".");
        }
        GrantFact next = covering.stream().min(Comparator.comparing(GrantFact::validFrom)).orElseThrow();
        return Answer.refuse(Refusal.GRANT_NOT_YET_VALID, "Grant " + next.id() + " of " + partner.name()
                + " is valid only from " + next.validFrom() + ".");
    }

    private static String ids(List<GrantFact> grants) {
        return grants.stream().map(g -> String.valueOf(g.id())).collect(Collectors.joining(", "));
    }

    private static String names(Set<LicenseField> fields) {
        return fields.stream().map(LicenseField::fieldName).collect(Collectors.joining(", ", "[", "]"));
    }
}
