package com.custodia.domain;

/**
 * Which licenses a grant covers (decision 0019): every license of the chosen customers, every
 * license of the chosen products, or every license the partner itself resold.
 */
public enum GrantScope {
    CUSTOMERS,
    PRODUCTS,
    RESOLD
}
