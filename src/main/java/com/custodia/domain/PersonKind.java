package com.custodia.domain;

/** The kinds of data subjects (DESIGN.md section 3). */
public enum PersonKind {
    CUSTOMER,
    TRIAL_USER,
    PARTNER_CONTACT,
    POINT_OF_CONTACT,
    FORUM_MEMBER,
    JOB_APPLICANT
}
