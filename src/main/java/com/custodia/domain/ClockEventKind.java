package com.custodia.domain;

/** A stop or a restart of a request's deadline clock. */
public enum ClockEventKind {
    STOPPED,
    STARTED
}
