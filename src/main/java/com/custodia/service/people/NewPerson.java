package com.custodia.service.people;

import com.custodia.domain.PersonKind;

/** The fields of a person to be created. */
public record NewPerson(PersonKind kind, String firstName, String lastName, String company, String email,
                        String phone, String street, String city, String postalCode, String country,
                        String language) {
}
