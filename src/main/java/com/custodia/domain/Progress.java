package com.custodia.domain;

/** Reports how far long work has come; the UI binds it to a progress bar. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (fraction, message) -> { };

    /**
     * @param fraction 0..1, or a negative value when the amount is unknown
     * @param message  what is happening, for the operator
     */
    void update(double fraction, String message);

    /** Long work calls this between steps; it throws {@link java.util.concurrent.CancellationException} when cancelled. */
    default void checkCancelled() {
    }

    /** This progress for one step of longer work: 0..1 of the step reports as {@code from..to}. */
    default Progress within(double from, double to) {
        Progress whole = this;
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                whole.update(fraction < 0 ? fraction : from + (to - from) * fraction, message);
            }

            @Override
            public void checkCancelled() {
                whole.checkCancelled();
            }
        };
    }
}
