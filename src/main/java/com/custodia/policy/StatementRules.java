package com.custodia.policy;

import com.custodia.domain.ConsentStatus;
import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When a statement (testimonial) may be published (promise P3): only with a consent of its author
 * that names this statement, this medium and the SHA-256 of the exact text being published, and
 * that is neither withdrawn nor expired. Every refusal says which of these failed. Pure function.
 */
public final class StatementRules {

    /** The statement as the rule sees it. */
    public record StatementFact(long id, StatementStatus status, String textSha256) {
        public StatementFact {
            Objects.requireNonNull(status);
            Objects.requireNonNull(textSha256);
        }
    }

    /** One of the author's consents for this statement. */
    public record ConsentFact(long id, StatementMedium medium, String textSha256, ConsentStatus status,
                              Instant withdrawnAt, Instant expiresAt) {
    }

    /** Allowed with the consent it rests on, or refused with a reason the operator can act on. */
    public record Decision(boolean allowed, String reason, Long consentId) {
        static Decision refuse(String reason) {
            return new Decision(false, reason, null);
        }
    }

    private StatementRules() {
    }

    public static Decision mayPublish(StatementFact statement, StatementMedium medium, List<ConsentFact> consents,
                                      Instant now) {
        Objects.requireNonNull(medium, "medium");
        if (statement.status() == StatementStatus.WITHDRAWN) {
            return Decision.refuse("Statement " + statement.id() + " was withdrawn; it may not be published anywhere.");
        }
        if (consents.isEmpty()) {
            return Decision.refuse("No consent to publish statement " + statement.id() + " is on record.");
        }
        List<ConsentFact> inMedium = consents.stream().filter(c -> c.medium() == medium).toList();
        if (inMedium.isEmpty()) {
            return Decision.refuse("The author consented to publication in " + words(consents.stream()
                    .map(ConsentFact::medium).filter(Objects::nonNull).distinct().sorted().toList())
                    + ", not in " + word(medium) + ".");
        }
        List<ConsentFact> thisText = inMedium.stream().filter(c -> statement.textSha256().equals(c.textSha256()))
                .toList();
        if (thisText.isEmpty()) {
            return Decision.refuse("The consent covers an earlier text of statement " + statement.id()
                    + "; the text was changed after consent was given, so the author must agree to the new text.");
        }
        Optional<ConsentFact> good = thisText.stream().filter(c -> c.status() == ConsentStatus.GRANTED
                && (c.expiresAt() == null || now.isBefore(c.expiresAt()))).findFirst();
        if (good.isPresent()) {
            return new Decision(true, null, good.get().id());
        }
        Optional<ConsentFact> withdrawn = thisText.stream().filter(c -> c.status() == ConsentStatus.WITHDRAWN)
                .findFirst();
        if (withdrawn.isPresent()) {
            return Decision.refuse("The author withdrew consent " + withdrawn.get().id()
                    + (withdrawn.get().withdrawnAt() == null ? "" : " on " + withdrawn.get().withdrawnAt()) + ".");
        }
        ConsentFact expired = thisText.get(0);
        return Decision.refuse("Consent " + expired.id() + " expired"
                + (expired.expiresAt() == null ? "" : " on " + expired.expiresAt()) + "; ask the author again.");
    }

    private static String words(List<StatementMedium> media) {
        return String.join(", ", media.stream().map(StatementRules::word).toList());
    }

    private static String word(StatementMedium medium) {
        return medium.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
