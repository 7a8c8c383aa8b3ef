package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Jurisdiction;
import com.custodia.policy.RequestDeadlines.Deadline;
import com.custodia.policy.RequestDeadlines.Stop;
import com.custodia.policy.RequestDeadlines.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestDeadlinesTest {

    private static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    private static Deadline of(Jurisdiction j, String received, List<Stop> stops, int extension, String today) {
        return RequestDeadlines.of(j, at(received), stops, extension, null, at(today));
    }

    @Test
    void oneCalendarMonthEndsOnTheLastDayOfAShorterMonth() {
        assertThat(of(Jurisdiction.DEFAULT, "2026-01-31", List.of(), 0, "2026-01-31").due())
                .isEqualTo(LocalDate.parse("2026-02-28"));
        assertThat(of(Jurisdiction.DEFAULT, "2028-01-31", List.of(), 0, "2028-01-31").due())
                .as("leap year").isEqualTo(LocalDate.parse("2028-02-29"));
        assertThat(of(Jurisdiction.DEFAULT, "2026-03-31", List.of(), 0, "2026-03-31").due())
                .isEqualTo(LocalDate.parse("2026-04-30"));
        assertThat(of(Jurisdiction.DEFAULT, "2026-12-15", List.of(), 0, "2026-12-15").due())
                .as("across the year").isEqualTo(LocalDate.parse("2027-01-15"));
    }

    @Test
    void anExtensionCountsFurtherMonthsFromReceipt() {
        Deadline d = of(Jurisdiction.DEFAULT, "2026-01-31", List.of(), 2, "2026-02-10");
        assertThat(d.due()).isEqualTo(LocalDate.parse("2026-04-30"));
        assertThat(d.firstPeriodDue()).isEqualTo(LocalDate.parse("2026-02-28"));
        assertThat(d.extended()).isTrue();
        assertThat(of(Jurisdiction.DEFAULT, "2027-11-30", List.of(), 1, "2027-12-01").due())
                .as("into a leap February").isEqualTo(LocalDate.parse("2028-01-30"));
    }

    @Test
    void stoppedDaysMoveTheDueDateAndAnOpenStopHoldsTheClock() {
        Stop closed = new Stop(at("2026-02-02"), at("2026-02-12"));
        Deadline d = of(Jurisdiction.DEFAULT, "2026-01-31", List.of(closed), 0, "2026-02-20");
        assertThat(d.stoppedDays()).isEqualTo(10);
        assertThat(d.due()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(d.clockRunning()).isTrue();

        Deadline waiting = of(Jurisdiction.DEFAULT, "2026-01-01", List.of(new Stop(at("2026-01-05"), null)), 0,
                "2026-03-01");
        assertThat(waiting.clockRunning()).isFalse();
        assertThat(waiting.urgency()).as("not overdue while waiting for the requester").isEqualTo(Urgency.ON_TIME);
        assertThat(waiting.due()).isEqualTo(LocalDate.parse("2026-02-01").plusDays(55));
    }

    @Test
    void californianRequestsHave45DaysAndOneExtensionOf45() {
        assertThat(of(Jurisdiction.CALIFORNIA, "2026-01-01", List.of(), 0, "2026-01-01").due())
                .isEqualTo(LocalDate.parse("2026-02-15"));
        assertThat(of(Jurisdiction.CALIFORNIA, "2026-01-01", List.of(), 45, "2026-01-01").due())
                .isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(RequestDeadlines.maxExtension(Jurisdiction.CALIFORNIA)).isEqualTo(45);
    }

    @Test
    void urgencyWarnsSevenDaysAheadAndFlagsOverdue() {
        assertThat(of(Jurisdiction.DEFAULT, "2026-01-31", List.of(), 0, "2026-02-20").urgency())
                .isEqualTo(Urgency.ON_TIME);
        Deadline soon = of(Jurisdiction.DEFAULT, "2026-01-31", List.of(), 0, "2026-02-21");
        assertThat(soon.urgency()).isEqualTo(Urgency.DUE_SOON);
        assertThat(soon.daysLeft()).isEqualTo(7);
        assertThat(of(Jurisdiction.DEFAULT, "2026-01-31", List.of(), 0, "2026-02-28").urgency())
                .as("due today").isEqualTo(Urgency.DUE_SOON);
        Deadline late = of(Jurisdiction.DEFAULT, "2026-01-31", List.of(), 0, "2026-03-01");
        assertThat(late.urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(late.daysLeft()).isEqualTo(-1);
        assertThat(RequestDeadlines.of(Jurisdiction.DEFAULT, at("2026-01-31"), List.of(), 0, at("2026-02-27"),
                at("2026-06-01")).urgency()).isEqualTo(Urgency.ANSWERED);
    }

    @Test
    void anExtensionNeedsAReasonOnceOnlyWithinLimitsAndThePersonToldInTheFirstMonth() {
        Deadline d = of(Jurisdiction.DEFAULT, "2026-01-31", List.of(), 0, "2026-02-10");
        assertThat(RequestDeadlines.checkExtension(Jurisdiction.DEFAULT, d, false, 2, "complex", at("2026-02-28")))
                .isEmpty();
        assertThat(RequestDeadlines.checkExtension(Jurisdiction.DEFAULT, d, false, 2, "complex", at("2026-03-01")))
                .singleElement().asString().contains("after the first period");
        assertThat(RequestDeadlines.checkExtension(Jurisdiction.DEFAULT, d, false, 3, "complex", at("2026-02-10")))
                .singleElement().asString().contains("1 to 2 months");
        assertThat(RequestDeadlines.checkExtension(Jurisdiction.DEFAULT, d, true, 1, " ", null)).hasSize(3);
        assertThat(RequestDeadlines.checkExtension(Jurisdiction.CALIFORNIA,
                of(Jurisdiction.CALIFORNIA, "2026-01-01", List.of(), 0, "2026-01-10"), false, 45, "volume",
                at("2026-02-15"))).isEmpty();
    }

    @Test
    void logRowsAreKeptAtLeast24Months() {
        assertThat(RequestDeadlines.logRowMayBeRemoved(at("2026-01-31"), at("2028-01-30"))).isFalse();
        assertThat(RequestDeadlines.logRowMayBeRemoved(at("2026-01-31"), at("2028-01-31"))).isTrue();
        assertThat(RequestDeadlines.logRowMayBeRemoved(null, at("2040-01-01"))).isFalse();
    }
}
