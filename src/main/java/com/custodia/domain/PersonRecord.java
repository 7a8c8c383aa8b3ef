package com.custodia.domain;

/** A record held about one person: it names the person, and a merge can move it to another. */
public interface PersonRecord {

    long getPersonId();

    /** Files the record under another person (the survivor of a merge). */
    void moveTo(long personId);
}
