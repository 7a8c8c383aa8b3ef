package com.custodia.policy;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * When personal data may leave (promises P1, P2, P4, P7 of DESIGN.md): one pure function from a
 * disclosure and the facts it relies on to an allowed-or-refused decision with the reason.
 */
public final class DisclosureRules {

    private DisclosureRules() {
    }

    /** The disclosure as the rules see it. */
    public record Query(LegalBasis basis, RecipientKind recipientKind, String recipientName, Set<Long> persons,
                        Set<String> categories, Set<String> fields, String purpose, Set<Role> roles, Instant now,
                        String reference) {
        /** A query that refers to nothing in particular. */
        public Query(LegalBasis basis, RecipientKind recipientKind, String recipientName, Set<Long> persons,
                     Set<String> categories, Set<String> fields, String purpose, Set<Role> roles, Instant now) {
            this(basis, recipientKind, recipientName, persons, categories, fields, purpose, roles, now, null);
        }
    }

    /** The one category a consent receipt handed to its own person holds. */
    public static final String CONSENT_RECEIPT_CATEGORY = "consent-receipt";

    /**
     * A consent as the rules see it: granted (not withdrawn) is {@code active}; one past its
     * {@code expiresAt} covers nothing any more.
     */
    public record ConsentFact(long id, Set<String> recipients, Set<String> categories, boolean active,
                              Instant expiresAt) {
        /** A consent without an expiry. */
        public ConsentFact(long id, Set<String> recipients, Set<String> categories, boolean active) {
            this(id, recipients, categories, active, null);
        }

        /** Granted and, at {@code now}, not expired. */
        public boolean activeAt(Instant now) {
            return active && (expiresAt == null || now.isBefore(expiresAt));
        }
    }

    /** The data category partners receive under the partner agreement, and the only one. */
    public static final String PARTNER_CATEGORY = "licenses";

    /**
     * The grant a partner disclosure refers to, as the gate found it: whose it is, whether the
     * partner may receive anything today, whether the grant answers now, which of the disclosure's
     * persons its scope covers and which fields it allows.
     */
    public record GrantFact(long id, String partnerName, boolean partnerRegistered, boolean agreementCurrent,
                            boolean active, Instant validFrom, Instant validUntil, Set<Long> persons,
                            Set<String> fields) {
    }

    /** Kinds of legal orders and the basis each one supports. */
    public enum OrderKind {
        SUBPOENA(LegalBasis.LEGAL_ORDER),
        JUDICIAL_ORDER(LegalBasis.LEGAL_ORDER),
        ENFORCEMENT(LegalBasis.ENFORCEMENT),
        IP_PROTECTION(LegalBasis.IP_PROTECTION);

        private final LegalBasis basis;

        OrderKind(LegalBasis basis) {
            this.basis = basis;
        }

        public LegalBasis basis() {
            return basis;
        }
    }

    public record LegalOrderFact(long id, OrderKind kind, boolean approved, Set<Long> persons, Set<String> categories) {
    }

    /**
     * An access or correction request: {@code verified} when the identity was checked,
     * {@code confirmed} when that check is complete (for access requests: confirmed by a second
     * operator); {@code persons} it was matched to.
     */
    public record SubjectRequestFact(long id, boolean verified, boolean confirmed, Set<Long> persons) {
        /** A request whose check needs no second operator. */
        public SubjectRequestFact(long id, boolean verified, Set<Long> persons) {
            this(id, verified, verified, persons);
        }
    }

    /** What the gate found in the database for this disclosure's reference and persons. */
    public record Facts(Map<Long, List<ConsentFact>> consentsByPerson, GrantFact grant, LegalOrderFact order,
                        SubjectRequestFact subjectRequest) {
        public static Facts none() {
            return new Facts(Map.of(), null, null, null);
        }
    }

    /** Allowed, or refused with a reason the operator can act on. */
    public record Decision(boolean allowed, String reason) {
        static Decision allow() {
            return new Decision(true, null);
        }

        static Decision refuse(String reason) {
            return new Decision(false, reason);
        }
    }

    public static Decision evaluate(Query q, Facts facts) {
        if (q.purpose() == null || q.purpose().isBlank()) {
            return Decision.refuse("Every disclosure needs a purpose statement.");
        }
        if (q.recipientName() == null || q.recipientName().isBlank()) {
            return Decision.refuse("Every disclosure names its recipient.");
        }
        if (q.categories().isEmpty()) {
            return Decision.refuse("Name the data categories that are disclosed.");
        }
        return switch (q.basis()) {
            case CONSENT -> consent(q, facts);
            case PARTNER_AGREEMENT -> partner(q, facts.grant());
            case LEGAL_ORDER, ENFORCEMENT, IP_PROTECTION -> legalOrder(q, facts.order());
            case SUBJECT_REQUEST -> subjectRequest(q, facts.subjectRequest());
            case INTERNAL_USE -> internal(q);
        };
    }

    private static Decision consent(Query q, Facts facts) {
        if (q.recipientKind() == RecipientKind.DATA_SUBJECT) {
            return ownReceipt(q, facts);
        }
        if (q.recipientKind() != RecipientKind.THIRD_PARTY && q.recipientKind() != RecipientKind.PUBLIC) {
            return Decision.refuse("Consent is the basis for third parties and publications, not for "
                    + words(q.recipientKind()) + ".");
        }
        if (q.persons().isEmpty()) {
            return Decision.refuse("A disclosure on the basis of consent names the persons who consented.");
        }
        List<Long> missing = new ArrayList<>();
        for (Long person : new TreeSet<>(q.persons())) {
            boolean covered = facts.consentsByPerson().getOrDefault(person, List.of()).stream()
                    .anyMatch(c -> c.activeAt(q.now()) && containsIgnoreCase(c.recipients(), q.recipientName())
                            && c.categories().containsAll(q.categories()));
            if (!covered) {
                missing.add(person);
            }
        }
        if (!missing.isEmpty()) {
            return Decision.refuse("No active consent covers recipient '" + q.recipientName() + "' and categories "
                    + new TreeSet<>(q.categories()) + " for " + (missing.size() == 1 ? "person " : "persons ")
                    + abbreviate(missing) + ".");
        }
        return Decision.allow();
    }

    /**
     * A person may always have the receipt of a consent they gave (decision 0020): the consent is
     * its own basis for a copy of itself, withdrawn or not, and nothing else may travel with it.
     */
    private static Decision ownReceipt(Query q, Facts facts) {
        if (q.persons().size() != 1) {
            return Decision.refuse("A consent receipt goes to the one person who gave the consent.");
        }
        if (!Set.of(CONSENT_RECEIPT_CATEGORY).containsAll(q.categories())) {
            return Decision.refuse("On the basis of their consent a person receives only its receipt, not "
                    + new TreeSet<>(q.categories()) + "; answer an access request for anything more.");
        }
        long person = q.persons().iterator().next();
        long consentId;
        try {
            consentId = Long.parseLong(q.reference() == null ? "" : q.reference().strip());
        } catch (NumberFormatException e) {
            return Decision.refuse("Name the consent whose receipt is handed over.");
        }
        boolean theirs = facts.consentsByPerson().getOrDefault(person, List.of()).stream()
                .anyMatch(c -> c.id() == consentId);
        if (!theirs) {
            return Decision.refuse("Consent " + consentId + " was not given by person " + person + ".");
        }
        return Decision.allow();
    }

    private static Decision partner(Query q, GrantFact grant) {
        if (q.recipientKind() != RecipientKind.PARTNER) {
            return Decision.refuse("The partner agreement is a basis only for disclosures to partners.");
        }
        if (grant == null) {
            return Decision.refuse("No grant of a registered partner covers this disclosure.");
        }
        if (grant.partnerName() == null || !grant.partnerName().strip().equalsIgnoreCase(q.recipientName().strip())) {
            return Decision.refuse("Grant " + grant.id() + " is not a grant of " + q.recipientName() + ".");
        }
        if (!Set.of(PARTNER_CATEGORY).containsAll(q.categories())) {
            Set<String> extra = new TreeSet<>(q.categories());
            extra.remove(PARTNER_CATEGORY);
            return Decision.refuse("Partners receive license information only, never " + extra + ".");
        }
        if (!grant.partnerRegistered()) {
            return Decision.refuse("The partner's registration has lapsed.");
        }
        if (!grant.agreementCurrent()) {
            return Decision.refuse("The partner signed an older version of the partner agreement.");
        }
        if (!grant.active() || q.now().isBefore(grant.validFrom())
                || (grant.validUntil() != null && !q.now().isBefore(grant.validUntil()))) {
            return Decision.refuse("The grant is revoked or not valid at this time.");
        }
        if (!grant.persons().containsAll(q.persons())) {
            return Decision.refuse("The grant does not cover every person in this disclosure.");
        }
        if (!grant.fields().containsAll(q.fields())) {
            Set<String> extra = new TreeSet<>(q.fields());
            extra.removeAll(grant.fields());
            return Decision.refuse("The grant does not allow the fields " + extra + ".");
        }
        return Decision.allow();
    }

    private static Decision legalOrder(Query q, LegalOrderFact order) {
        if (order == null) {
            return Decision.refuse("No legal order is referenced; enter the order and have it approved first.");
        }
        if (order.kind().basis() != q.basis()) {
            return Decision.refuse("The referenced order is a " + words(order.kind()) + ", which is not a basis of "
                    + words(q.basis()) + ".");
        }
        if (!order.approved()) {
            return Decision.refuse("The legal order has not been approved by a privacy officer.");
        }
        if (!order.persons().containsAll(q.persons())) {
            return Decision.refuse("The disclosure names persons outside the approved scope of the order.");
        }
        if (!order.categories().containsAll(q.categories())) {
            Set<String> extra = new TreeSet<>(q.categories());
            extra.removeAll(order.categories());
            return Decision.refuse("The categories " + extra + " are outside the approved scope of the order.");
        }
        return Decision.allow();
    }

    private static Decision subjectRequest(Query q, SubjectRequestFact request) {
        if (q.recipientKind() != RecipientKind.DATA_SUBJECT) {
            return Decision.refuse("A subject request is answered to the person themselves.");
        }
        if (request == null) {
            return Decision.refuse("No access or correction request is referenced.");
        }
        if (!request.verified()) {
            return Decision.refuse("The requester's identity has not been verified.");
        }
        if (!request.confirmed()) {
            return Decision.refuse("A second operator has not yet confirmed the requester's identity.");
        }
        if (q.persons().isEmpty()) {
            return Decision.refuse("The answer to a subject request names the person it is about.");
        }
        if (!request.persons().containsAll(q.persons())) {
            return Decision.refuse("The answer names persons the request was not matched to.");
        }
        return Decision.allow();
    }

    private static Decision internal(Query q) {
        if (!q.roles().contains(Role.PRIVACY_OFFICER) && !q.roles().contains(Role.ADMINISTRATOR)) {
            return Decision.refuse("Internal use is for privacy officers and administrators.");
        }
        if (q.recipientKind() != RecipientKind.INTERNAL) {
            return Decision.refuse("Internal use keeps data inside the vendor; choose another basis for "
                    + words(q.recipientKind()) + ".");
        }
        return Decision.allow();
    }

    private static boolean containsIgnoreCase(Set<String> names, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(n -> n.strip().toLowerCase(Locale.ROOT).equals(wanted));
    }

    private static String abbreviate(List<Long> ids) {
        if (ids.size() <= 5) {
            return ids.toString().replaceAll("[\\[\\]]", "");
        }
        return ids.subList(0, 5).toString().replaceAll("[\\[\\]]", "") + " and " + (ids.size() - 5) + " more";
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
