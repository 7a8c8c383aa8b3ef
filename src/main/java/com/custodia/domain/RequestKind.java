package com.custodia.domain;

/** What a data subject asks for (DESIGN.md P7): a copy of everything held, or a correction. */
public enum RequestKind {
    ACCESS,
    CORRECTION
}
