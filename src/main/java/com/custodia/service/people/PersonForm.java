package com.custodia.service.people;

import com.custodia.domain.PersonField;
import com.custodia.domain.PersonKind;
import com.custodia.policy.PersonValidation;
import java.util.EnumMap;
import java.util.Map;

/**
 * The editable profile of a person: what the edit form shows and sends back. Immutable; change
 * a field with {@link #with}. Empty text means "no value" (null).
 */
public record PersonForm(PersonKind kind, String firstName, String lastName, String company, String email,
                         String phone, String street, String city, String postalCode, String country, String language,
                         String status, String notes) {

    /** A form from field values as text (the kind by its constant's name); absent fields are empty. */
    public static PersonForm of(Map<PersonField, String> values) {
        String kind = values.get(PersonField.KIND);
        return new PersonForm(kind == null ? null : PersonKind.valueOf(kind), values.get(PersonField.FIRST_NAME),
                values.get(PersonField.LAST_NAME), values.get(PersonField.COMPANY), values.get(PersonField.EMAIL),
                values.get(PersonField.PHONE), values.get(PersonField.STREET), values.get(PersonField.CITY),
                values.get(PersonField.POSTAL_CODE), values.get(PersonField.COUNTRY), values.get(PersonField.LANGUAGE),
                values.get(PersonField.STATUS), values.get(PersonField.NOTES));
    }

    /** One field as text, as stored (the kind by its constant's name). */
    public String get(PersonField field) {
        return switch (field) {
            case KIND -> kind == null ? null : kind.name();
            case FIRST_NAME -> firstName;
            case LAST_NAME -> lastName;
            case COMPANY -> company;
            case EMAIL -> email;
            case PHONE -> phone;
            case STREET -> street;
            case CITY -> city;
            case POSTAL_CODE -> postalCode;
            case COUNTRY -> country;
            case LANGUAGE -> language;
            case STATUS -> status;
            case NOTES -> notes;
        };
    }

    /**
     * This form with one field changed; for {@link PersonField#KIND} the value is a constant's name.
     *
     * @throws IllegalArgumentException for a kind that does not exist
     */
    public PersonForm with(PersonField field, String value) {
        Map<PersonField, String> values = values();
        if (field == PersonField.KIND && value != null && !value.isBlank()) {
            try {
                PersonKind.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PersonValidation.label(field) + " \"" + value + "\" does not exist.", e);
            }
        }
        values.put(field, field == PersonField.KIND && value != null && value.isBlank() ? null : value);
        return of(values);
    }

    /** Every field as text, in field order; a new map the caller may change. */
    public Map<PersonField, String> values() {
        Map<PersonField, String> out = new EnumMap<>(PersonField.class);
        for (PersonField field : PersonField.values()) {
            out.put(field, get(field));
        }
        return out;
    }

    /** The form as it will be stored: see {@link PersonValidation#tidy}. */
    public PersonForm tidy() {
        return of(PersonValidation.tidy(values()));
    }
}
