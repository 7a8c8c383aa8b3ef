package com.custodia.domain;

/** A recipient of a corrected value: still to be told, told, or why telling them is impossible or disproportionate. */
public enum NoticeStatus {
    OPEN,
    TOLD,
    IMPOSSIBLE,
    DISPROPORTIONATE
}
