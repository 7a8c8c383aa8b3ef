package com.custodia.domain;

/** Whether a letter or email came from the person or went to them. */
public enum CorrespondenceDirection {
    INBOUND,
    OUTBOUND
}
