package com.custodia.domain;

/** How a request reached the vendor: the manner recorded in the request log. */
public enum RequestChannel {
    PHONE,
    EMAIL,
    LETTER,
    WEB_FORM
}
