package com.custodia.domain;

/** Whether a consent is in force. */
public enum ConsentStatus {
    GRANTED,
    WITHDRAWN,
    EXPIRED
}
