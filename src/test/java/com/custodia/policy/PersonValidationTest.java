package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.PersonField;
import com.custodia.policy.PersonValidation.Problem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonValidationTest {

    static Map<PersonField, String> valid() {
        Map<PersonField, String> v = new EnumMap<>(PersonField.class);
        v.put(PersonField.KIND, "CUSTOMER");
        v.put(PersonField.FIRST_NAME, "Ada");
        v.put(PersonField.LAST_NAME, "Lovelace");
        v.put(PersonField.EMAIL, "ada@example.com");
        v.put(PersonField.COUNTRY, "GB");
        v.put(PersonField.LANGUAGE, "en-GB");
        v.put(PersonField.STATUS, "ACTIVE");
        return v;
    }

    static List<Problem> check(PersonField field, String value) {
        Map<PersonField, String> v = valid();
        v.put(field, value);
        return PersonValidation.check(PersonValidation.tidy(v));
    }

    @Test
    void aCompleteProfileHasNoProblems() {
        assertThat(PersonValidation.check(valid())).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsField() {
        Map<PersonField, String> v = valid();
        v.put(PersonField.LAST_NAME, "  ");
        v.put(PersonField.EMAIL, "ada.example.com");
        v.put(PersonField.COUNTRY, "XX");
        v.put(PersonField.POSTAL_CODE, "1".repeat(31));
        List<Problem> problems = PersonValidation.check(PersonValidation.tidy(v));
        assertThat(problems).extracting(Problem::field).containsExactly(PersonField.LAST_NAME, PersonField.EMAIL,
                PersonField.POSTAL_CODE, PersonField.COUNTRY);
        assertThat(problems).extracting(Problem::message).containsExactly(
                "Last name is required.",
                "Email must be one address like name@example.com; it has no @.",
                "Postal code is too long: 31 characters where at most 30 fit.",
                "Country must be a two-letter ISO 3166 country code such as DE, FR or US; \"XX\" is none.");
    }

    @Test
    void kindAndStatusAreRequired() {
        assertThat(check(PersonField.KIND, null)).singleElement().extracting(Problem::message)
                .isEqualTo("Kind is required: customer, trial user, partner contact, point of contact, forum member, "
                        + "job applicant.");
        assertThat(check(PersonField.STATUS, "")).singleElement().extracting(Problem::message)
                .isEqualTo("Status is required.");
    }

    @Test
    void lengthsCountUtf16UnitsBecauseH2Does() {
        // 200 emoji are 200 characters to PostgreSQL but 400 to H2's VARCHAR(200): refused on both
        String emoji = "\uD83D\uDE00";
        assertThat(check(PersonField.LAST_NAME, emoji.repeat(100))).isEmpty();
        assertThat(check(PersonField.LAST_NAME, emoji.repeat(100) + "x")).singleElement().extracting(Problem::message)
                .isEqualTo("Last name is too long: 201 characters where at most 200 fit (emoji and other characters "
                        + "outside the basic plane count as two).");
        assertThat(check(PersonField.NOTES, "n".repeat(4000))).isEmpty();
        assertThat(check(PersonField.NOTES, "n".repeat(4001))).singleElement().extracting(Problem::field)
                .isEqualTo(PersonField.NOTES);
    }

    @Test
    void textTheDatabasesCannotKeepExactlyIsRefused() {
        assertThat(check(PersonField.CITY, "Ber\u0000lin")).singleElement().extracting(Problem::message)
                .isEqualTo("City contains a NUL character (U+0000), which cannot be stored; remove it.");
        assertThat(check(PersonField.FIRST_NAME, "A\uD83Dda")).singleElement().extracting(Problem::message)
                .isEqualTo("First name contains a broken character (half of a UTF-16 pair) at position 2, "
                        + "which is not Unicode text.");
    }

    @Test
    void anyOtherUnicodeIsAcceptedAndKeptExactly() {
        String[] values = {
                "Zo\u00EB \uD83D\uDE00",                 // emoji
                "\u05D3\u05B8\u05BC\u05D5\u05B4\u05D3",  // Hebrew with points (RTL, combining)
                "e\u0301e\u0301",                        // decomposed accents, not normalised
                "Jo\u200Bhn\u200D",                      // zero-width space and joiner
                "\u202Eevil\u202C",                       // bidi override characters
                "\u00A0nbsp\u00A0"                         // no-break spaces are not white space to strip
        };
        for (String value : values) {
            Map<PersonField, String> v = valid();
            v.put(PersonField.FIRST_NAME, value);
            Map<PersonField, String> tidy = PersonValidation.tidy(v);
            assertThat(tidy.get(PersonField.FIRST_NAME)).isEqualTo(value);
            assertThat(PersonValidation.check(tidy)).isEmpty();
        }
    }

    @Test
    void leadingAndTrailingWhiteSpaceOfOneLineFieldsIsRemovedButNotesStayAsTyped() {
        Map<PersonField, String> v = valid();
        v.put(PersonField.FIRST_NAME, " \tAda  Augusta \n");
        v.put(PersonField.NOTES, "  first line\n  second line\n");
        v.put(PersonField.COMPANY, "   ");
        v.put(PersonField.COUNTRY, " gb ");
        Map<PersonField, String> tidy = PersonValidation.tidy(v);
        assertThat(tidy.get(PersonField.FIRST_NAME)).isEqualTo("Ada  Augusta");
        assertThat(tidy.get(PersonField.NOTES)).isEqualTo("  first line\n  second line\n");
        assertThat(tidy.get(PersonField.COMPANY)).isNull();
        assertThat(tidy.get(PersonField.COUNTRY)).isEqualTo("GB");
        assertThat(PersonValidation.check(tidy)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "a.b+tag@mail.example.co.uk", "o'brien@example.ie",
            "j\u00FCrgen@m\u00FCller.de", "\u7528\u6237@\u4F8B\u5B50.\u4E2D\u56FD", "x@a-b.example"})
    void plausibleAddressesAreAccepted(String email) {
        assertThat(check(PersonField.EMAIL, email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.com", "ada@@example.com", "a@b@example.com", "ada@example",
            "ada @example.com", "ada@exa mple.com", ".ada@example.com", "ada.@example.com", "a..da@example.com",
            "ada@-example.com", "ada@example..com", "ada@example.123", "ada(x)@example.com", "\"ada\"@example.com",
            "ada@[127.0.0.1]"})
    void implausibleAddressesAreRefusedWithTheReason(String email) {
        assertThat(check(PersonField.EMAIL, email)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(PersonField.EMAIL);
            assertThat(p.message()).startsWith("Email must be one address like name@example.com; ");
        });
    }

    @Test
    void theLocalPartIsAtMost64Characters() {
        assertThat(check(PersonField.EMAIL, "a".repeat(64) + "@example.com")).isEmpty();
        assertThat(check(PersonField.EMAIL, "a".repeat(65) + "@example.com")).singleElement()
                .extracting(Problem::message).asString().contains("longer than 64 characters");
    }

    @Test
    void countryIsAnIsoAlpha2CodeAndLanguageAWellFormedTag() {
        assertThat(check(PersonField.COUNTRY, "de")).isEmpty();
        assertThat(check(PersonField.COUNTRY, "DEU")).singleElement().extracting(Problem::message).asString()
                .startsWith("Country is too long");
        assertThat(check(PersonField.LANGUAGE, "pt-BR")).isEmpty();
        assertThat(check(PersonField.LANGUAGE, "zh-Hant-TW")).isEmpty();
        assertThat(check(PersonField.LANGUAGE, "en_GB")).singleElement().extracting(Problem::message)
                .isEqualTo("Language must be a language tag such as en, de or pt-BR; \"en_GB\" is none.");
    }

    @Test
    void everyFieldHasALabelAndTheColumnSizeOfV1() {
        for (PersonField f : PersonField.values()) {
            assertThat(PersonValidation.label(f)).isNotBlank();
        }
        assertThat(PersonField.EMAIL.maxLength()).isEqualTo(320);
        assertThat(PersonField.NOTES.maxLength()).isEqualTo(4000);
    }
}
