package com.custodia.domain;

/** Where a job application stands. */
public enum JobApplicationStatus {
    RECEIVED,
    IN_REVIEW,
    INTERVIEW,
    OFFERED,
    HIRED,
    REJECTED,
    WITHDRAWN
}
