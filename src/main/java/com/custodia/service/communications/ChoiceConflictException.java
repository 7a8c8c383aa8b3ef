package com.custodia.service.communications;

import com.custodia.service.people.PersonRecordViews.PreferenceView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Another workstation recorded a person's choice for a message class after the operator looked
 * at it. Nothing was written; {@link #current()} is what is stored now, for the operator to see
 * before choosing again.
 */
public final class ChoiceConflictException extends RuntimeException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final transient PreferenceView current;

    public ChoiceConflictException(PreferenceView current) {
        super("Someone else recorded this person's choice for " + current.messageClass().label() + " meanwhile: "
                + describe(current) + ". Nothing was saved; look at it and record the choice again if it still holds.");
        this.current = current;
    }

    public PreferenceView current() {
        return current;
    }

    private static String describe(PreferenceView p) {
        if (!p.recorded()) {
            return "no choice is recorded now";
        }
        return (p.subscribed() ? "subscribed" : "declined") + " since " + WHEN.format(p.since()) + " (" + p.source()
                + ")";
    }
}
