package com.custodia.domain;

/** Where a statement's text came from. */
public enum StatementSource {
    SURVEY_ANSWER,
    INTERVIEW,
    EMAIL
}
