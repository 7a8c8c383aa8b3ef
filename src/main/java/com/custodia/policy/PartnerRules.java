package com.custodia.policy;

import com.custodia.domain.PartnerRegistrationStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Whether a partner may receive anything today (promise P2): registered, within its registration
 * dates, under the current version of the partner agreement. Pure functions of the facts given.
 */
public final class PartnerRules {

    /** Registrations and grants ending within this many days are highlighted. */
    public static final int WARNING_DAYS = 30;

    private PartnerRules() {
    }

    /** A partner as the rules see it. */
    public record PartnerFact(long id, String name, PartnerRegistrationStatus status, LocalDate registeredFrom,
                              LocalDate registeredUntil, int agreementVersion) {
    }

    /** Where a partner stands today. */
    public enum State {
        /** Registered under the current agreement, more than 30 days left. */
        REGISTERED,
        /** Registered under the current agreement, the registration ends within 30 days. */
        EXPIRING_SOON,
        /** The registration starts later. */
        NOT_YET_REGISTERED,
        /** The registration ended. */
        LAPSED,
        /** Registered, but under an older version of the partner agreement. */
        STALE_AGREEMENT,
        SUSPENDED,
        TERMINATED;

        /** Whether a partner in this state may receive license information. */
        public boolean mayReceive() {
            return this == REGISTERED || this == EXPIRING_SOON;
        }
    }

    /**
     * The partner's standing today.
     *
     * @param renewBy the last day of the registration (when it must be renewed), or null when a
     *                renewal would not help (suspended, terminated, not yet started)
     * @param text    what the screen and the command line say about it
     */
    public record Standing(State state, LocalDate renewBy, long daysLeft, String text) {
        public boolean mayReceive() {
            return state.mayReceive();
        }
    }

    public static Standing standing(PartnerFact p, int currentAgreementVersion, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, p.registeredUntil());
        if (p.status() == PartnerRegistrationStatus.SUSPENDED) {
            return new Standing(State.SUSPENDED, null, daysLeft, p.name() + " is suspended and receives nothing.");
        }
        if (p.status() == PartnerRegistrationStatus.TERMINATED) {
            return new Standing(State.TERMINATED, null, daysLeft, p.name() + "'s registration was terminated; it "
                    + "receives nothing.");
        }
        if (today.isBefore(p.registeredFrom())) {
            return new Standing(State.NOT_YET_REGISTERED, null, daysLeft, p.name() + " is registered only from "
                    + p.registeredFrom() + ".");
        }
        if (today.isAfter(p.registeredUntil())) {
            return new Standing(State.LAPSED, p.registeredUntil(), daysLeft, p.name() + "'s registration lapsed on "
                    + p.registeredUntil() + "; renew it before anything can be shared.");
        }
        if (p.agreementVersion() < currentAgreementVersion) {
            return new Standing(State.STALE_AGREEMENT, p.registeredUntil(), daysLeft, p.name() + " signed version "
                    + p.agreementVersion() + " of the partner agreement; version " + currentAgreementVersion
                    + " is current and must be signed before anything can be shared.");
        }
        if (daysLeft <= WARNING_DAYS) {
            return new Standing(State.EXPIRING_SOON, p.registeredUntil(), daysLeft, p.name() + "'s registration ends on "
                    + p.registeredUntil() + " (" + days(daysLeft) + "); renew it by then.");
        }
        return new Standing(State.REGISTERED, p.registeredUntil(), daysLeft, p.name() + " is registered until "
                + p.registeredUntil() + ".");
    }

    /** Whether a date falls within the warning period from today (today included, past dates not). */
    public static boolean expiringSoon(LocalDate until, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, until);
        return left >= 0 && left <= WARNING_DAYS;
    }

    static String days(long n) {
        return n == 0 ? "today" : n == 1 ? "in 1 day" : "in " + n + " days";
    }

    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
