package com.custodia.service.bench;

import java.util.Objects;

/**
 * One measured figure of DESIGN.md section 9, beside the raw engine doing the same work in the
 * same run.
 *
 * @param name     a stable key for scripts ({@code ledger.append})
 * @param value    what Custodia achieved
 * @param unit     the unit of {@code value} and {@code rawValue}
 * @param rawValue what the raw engine achieved for the same work, or null where there is none
 * @param target   the target of DESIGN.md section 9 in words, or null
 * @param ratio    Custodia's time over the raw engine's time for the same work (1.0: as fast as the
 *                 engine; 2.0: twice as slow), or null without a raw value
 */
public record BenchFigure(String name, double value, String unit, Double rawValue, String target, Double ratio) {

    public BenchFigure {
        Objects.requireNonNull(name);
        Objects.requireNonNull(unit);
    }

    /** A rate (more is better): the time ratio is the raw rate over Custodia's. */
    static BenchFigure rate(String name, double value, String unit, double raw, String target) {
        return new BenchFigure(name, value, unit, raw, target, value > 0 ? raw / value : null);
    }

    /** A duration (less is better): the time ratio is Custodia's time over the raw time. */
    static BenchFigure duration(String name, double seconds, double rawSeconds, String target) {
        return new BenchFigure(name, seconds, "s", rawSeconds, target, rawSeconds > 0 ? seconds / rawSeconds : null);
    }
}
