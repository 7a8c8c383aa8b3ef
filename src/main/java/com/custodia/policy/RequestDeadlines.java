package com.custodia.policy;

import com.custodia.domain.Jurisdiction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a subject request must be answered (DESIGN.md P7, decision 0024), as pure functions over
 * dates in UTC.
 *
 * <p>Default rules: one calendar month from the day of receipt, by true calendar arithmetic
 * (31 January → 28 or 29 February: the same day of the next month, or its last day when it has
 * no such day), extendable once by up to two further months counted from the day of receipt
 * (31 January + 3 months → 30 April), with a reason, and only if the person was told within the
 * first period. Californian rules: 45 days, extendable once by 45. Every whole day the clock stood
 * still (waiting for identification) moves the due date by one day; a stop still running moves
 * it up to today.
 */
public final class RequestDeadlines {

    /** Days before the due date from which a request is "due soon". */
    public static final int DUE_SOON_DAYS = 7;

    private RequestDeadlines() {
    }

    /** One period the clock stood still; {@code to} is null while it still stands. */
    public record Stop(Instant from, Instant to) {
        public Stop {
            Objects.requireNonNull(from);
        }
    }

    /** How urgent a request is today. */
    public enum Urgency { ON_TIME, DUE_SOON, OVERDUE, ANSWERED }

    /**
     * The deadline of one request today.
     *
     * @param firstPeriodDue the due date without extension (with stops): the person must be told of an extension by then
     * @param due            the due date with extension and stops: answered on this day at the latest
     * @param daysLeft       days from today to {@code due}; negative when overdue
     * @param stoppedDays    whole days the clock stood still
     * @param clockRunning   false while a stop is open
     */
    public record Deadline(LocalDate received, LocalDate firstPeriodDue, LocalDate due, long daysLeft,
                           long stoppedDays, boolean clockRunning, boolean extended, Urgency urgency) {
    }

    /** The most an extension may add: months (default) or days (Californian). */
    public static int maxExtension(Jurisdiction jurisdiction) {
        return jurisdiction == Jurisdiction.CALIFORNIA ? 45 : 2;
    }

    /** The unit of an extension in words. */
    public static String extensionUnit(Jurisdiction jurisdiction) {
        return jurisdiction == Jurisdiction.CALIFORNIA ? "days" : "months";
    }

    /**
     * The deadline as of {@code now}.
     *
     * @param extension months (default) or days (Californian) the deadline was extended by; 0 when not
     * @param answeredAt when the request was answered, or null
     */
    public static Deadline of(Jurisdiction jurisdiction, Instant receivedAt, List<Stop> stops, int extension,
                              Instant answeredAt, Instant now) {
        LocalDate received = date(receivedAt);
        LocalDate today = date(answeredAt != null ? answeredAt : now);
        long stopped = 0;
        boolean running = true;
        for (Stop stop : stops) {
            LocalDate from = date(stop.from());
            LocalDate to = stop.to() == null ? today : date(stop.to());
            if (stop.to() == null) {
                running = false;
            }
            stopped += Math.max(0, ChronoUnit.DAYS.between(from, to));
        }
        LocalDate first = basePeriod(jurisdiction, received, 0).plusDays(stopped);
        LocalDate due = basePeriod(jurisdiction, received, extension).plusDays(stopped);
        long left = ChronoUnit.DAYS.between(date(now), due);
        Urgency urgency;
        if (answeredAt != null) {
            urgency = Urgency.ANSWERED;
            left = ChronoUnit.DAYS.between(today, due);
        } else if (left < 0 && running) {
            urgency = Urgency.OVERDUE;
        } else if (left <= DUE_SOON_DAYS && running) {
            urgency = Urgency.DUE_SOON;
        } else {
            urgency = Urgency.ON_TIME;
        }
        return new Deadline(received, first, due, left, stopped, running, extension > 0, urgency);
    }

    /** The period from receipt, extension included, without stops. */
    static LocalDate basePeriod(Jurisdiction jurisdiction, LocalDate received, int extension) {
        return jurisdiction == Jurisdiction.CALIFORNIA
                ? received.plusDays(45L + extension)
                : received.plusMonths(1L + extension);
    }

    /**
     * Every reason an extension is not allowed, empty when it is: once only, at most two months
     * (45 days in California), with a reason, and the person told within the first period.
     */
    public static List<String> checkExtension(Jurisdiction jurisdiction, Deadline deadline, boolean alreadyExtended,
                                              int extension, String reason, Instant personToldAt) {
        List<String> problems = new ArrayList<>();
        if (alreadyExtended) {
            problems.add("The deadline was already extended once; it cannot be extended again.");
        }
        int max = maxExtension(jurisdiction);
        if (extension < 1 || extension > max) {
            problems.add("Extension: 1 to " + max + " " + extensionUnit(jurisdiction) + ".");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("Reason for the extension is required.");
        }
        if (personToldAt == null) {
            problems.add("Record when the person was told of the extension.");
        } else if (date(personToldAt).isAfter(deadline.firstPeriodDue())) {
            problems.add("The person was told on " + date(personToldAt) + ", after the first period ended on "
                    + deadline.firstPeriodDue() + "; the deadline can no longer be extended.");
        }
        return problems;
    }

    /** Rows of the request log may be removed only after 24 months from the response (never before). */
    public static boolean logRowMayBeRemoved(Instant respondedAt, Instant now) {
        return respondedAt != null && !date(now).isBefore(date(respondedAt).plusMonths(24));
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
