package com.custodia.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which privacy policy version is current and which consents a new one sends back to the person
 * (promise P6). Pure functions.
 */
public final class PolicyVersions {

    /** A version as the rules see it. */
    public record VersionFact(long id, String label, LocalDate effectiveFrom) {
        public VersionFact {
            Objects.requireNonNull(effectiveFrom);
        }
    }

    private PolicyVersions() {
    }

    /** The latest version whose effective date is on or before {@code today}; the later published wins a tie. */
    public static Optional<VersionFact> current(List<VersionFact> versions, LocalDate today) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(today))
                .max(Comparator.comparing(VersionFact::effectiveFrom).thenComparingLong(VersionFact::id));
    }

    /**
     * Whether a granted consent needs re-confirmation once {@code published} exists: it was given
     * under a version that takes effect before the new one, or under no recorded version at all
     * (recorded before policy versions were kept, so nobody can say what the person read).
     *
     * @param givenUnder the version the consent was given under, or null when none was recorded
     */
    public static boolean needsReconfirmation(boolean granted, VersionFact givenUnder, VersionFact published) {
        if (!granted) {
            return false;
        }
        if (givenUnder == null) {
            return true;
        }
        return givenUnder.id() != published.id() && givenUnder.effectiveFrom().isBefore(published.effectiveFrom());
    }
}
