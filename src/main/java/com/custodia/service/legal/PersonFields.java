package com.custodia.service.legal;

import com.custodia.domain.Person;
import com.custodia.service.people.PersonExportService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Which fields of a person each data category holds, in the vocabulary of
 * {@link PersonExportService#CATEGORIES} and with the column names of its CSV. A legal
 * hand-over carries exactly the fields of the approved categories, nothing else.
 */
public final class PersonFields {

    /** The categories an order may name, in the order they are shown and written. */
    public static final List<String> CATEGORIES = PersonExportService.CATEGORIES;

    private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();
    private static final Map<String, Function<Person, Object>> VALUES = new LinkedHashMap<>();

    static {
        category("identity", Map.of(
                "external_id", Person::getExternalId,
                "kind", p -> p.getKind().name().toLowerCase(Locale.ROOT),
                "first_name", Person::getFirstName,
                "last_name", Person::getLastName), "external_id", "kind", "first_name", "last_name");
        category("contact", Map.of("email", Person::getEmail, "phone", Person::getPhone), "email", "phone");
        category("address", Map.of("street", Person::getStreet, "city", Person::getCity,
                "postal_code", Person::getPostalCode, "country", Person::getCountry),
                "street", "city", "postal_code", "country");
        category("employer", Map.of("company", Person::getCompany), "company");
        category("preferences", Map.of("language", Person::getLanguage), "language");
        category("notes", Map.of("notes", Person::getNotes), "notes");
        if (!FIELDS.keySet().equals(new java.util.LinkedHashSet<>(CATEGORIES))) {
            // the people issue owns the vocabulary: a category added there must be given its fields here
            throw new IllegalStateException("legal hand-over categories " + FIELDS.keySet()
                    + " differ from the person export's " + CATEGORIES);
        }
    }

    private PersonFields() {
    }

    private static void category(String name, Map<String, Function<Person, Object>> values, String... order) {
        FIELDS.put(name, List.of(order));
        for (String field : order) {
            VALUES.put(field, values.get(field));
        }
    }

    public static boolean isCategory(String name) {
        return FIELDS.containsKey(name);
    }

    /** The fields of the given categories, in vocabulary order. */
    public static List<String> fieldsOf(Collection<String> categories) {
        List<String> out = new ArrayList<>();
        FIELDS.forEach((category, fields) -> {
            if (categories.contains(category)) {
                out.addAll(fields);
            }
        });
        return out;
    }

    /** The categories given, in vocabulary order (unknown names dropped). */
    public static List<String> inVocabularyOrder(Collection<String> categories) {
        return CATEGORIES.stream().filter(categories::contains).toList();
    }

    static Object value(Person person, String field) {
        Function<Person, Object> getter = VALUES.get(field);
        if (getter == null) {
            throw new IllegalArgumentException("unknown person field " + field);
        }
        return getter.apply(person);
    }
}
