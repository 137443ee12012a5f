package org.dangstat.charts;

import java.util.Locale;

/** Status of an indicator against its target, as written in {@code indicators.csv}. */
public enum TargetStatus {
    MET("达标"),
    NEAR("接近"),
    MISSED("未达标"),
    OVER("计划外发展");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    /** Chinese legend text. */
    public String label() {
        return label;
    }

    /** Parses the csv code ({@code met}, {@code near}, {@code missed}, {@code over}); blank gives null. */
    public static TargetStatus fromCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
