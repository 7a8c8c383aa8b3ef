package com.custodia.domain;

/** How consent was expressed (Kantara consentType). */
public enum ConsentType {
    EXPLICIT,
    IMPLICIT
}
