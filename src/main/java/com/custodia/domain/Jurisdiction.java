package com.custodia.domain;

/** Whose rules set a request's deadline: the default (one calendar month) or Californian (45 days). */
public enum Jurisdiction {
    DEFAULT,
    CALIFORNIA
}
