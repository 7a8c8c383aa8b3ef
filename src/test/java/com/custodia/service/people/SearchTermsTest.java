package com.custodia.service.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Role;
import com.custodia.policy.PersonVisibility;
import com.custodia.service.people.SearchTerms.Parsed;
import com.custodia.service.people.SearchTerms.Probe;
import com.custodia.service.people.SearchTerms.Term;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How typed text becomes index ranges, before any database is involved. */
class SearchTermsTest {

    private static final PersonVisibility OFFICER = PersonVisibility.of(Set.of(Role.PRIVACY_OFFICER));
    private static final PersonVisibility ADMINISTRATOR = PersonVisibility.of(Set.of(Role.ADMINISTRATOR));

    private static List<SearchField> fields(Term term) {
        return term.probes().stream().map(Probe::field).toList();
    }

    @Test
    void aWordIsLookedForAtTheStartOfNamesCompanyAndEmailNormalisedAsTheKeysAre() {
        Parsed parsed = SearchTerms.parse("  Mül ", OFFICER);

        assertThat(parsed.phrase()).isNull();
        assertThat(parsed.words()).hasSize(1);
        assertThat(fields(parsed.words().get(0))).containsExactly(SearchField.LAST_NAME, SearchField.FIRST_NAME,
                SearchField.COMPANY, SearchField.EMAIL);
        assertThat(parsed.words().get(0).probes().get(0)).isEqualTo(new Probe(SearchField.LAST_NAME, "mul", "mum"));
    }

    @Test
    void severalWordsAreEachAWordAndTogetherAPhrase() {
        Parsed parsed = SearchTerms.parse("acme  soft", OFFICER);

        assertThat(parsed.words()).extracting(Term::typed).containsExactly("acme", "soft");
        assertThat(parsed.phrase().typed()).isEqualTo("acme soft");
        assertThat(parsed.phrase().probes()).extracting(Probe::from).contains("acme soft");
    }

    @Test
    void digitsAndPhonePunctuationAloneAreOnePhoneNumberFromThreeDigits() {
        Parsed phone = SearchTerms.parse("+49 (30) 12", OFFICER);
        assertThat(phone.words()).hasSize(1);
        assertThat(phone.words().get(0).probes()).contains(new Probe(SearchField.PHONE, "493012", "493013"));

        assertThat(SearchTerms.parse("49", OFFICER).words().get(0).probes()).extracting(Probe::field)
                .doesNotContain(SearchField.PHONE);
    }

    @Test
    void licenseKeysAreLookedForFromFourLettersOrDigitsWithoutDashes() {
        assertThat(SearchTerms.parse("k7qx-m", OFFICER).words().get(0).probes())
                .contains(new Probe(SearchField.LICENSE_KEY, "K7QXM", "K7QXN"));
        assertThat(fields(SearchTerms.parse("k7q", OFFICER).words().get(0))).doesNotContain(SearchField.LICENSE_KEY);
    }

    @Test
    void aWordWithAnAtSignIsAnEmail() {
        assertThat(fields(SearchTerms.parse("Anna@Acme", OFFICER).words().get(0))).containsExactly(SearchField.EMAIL);
    }

    @Test
    void namesOnlyOperatorsSearchNamesOnly() {
        assertThat(fields(SearchTerms.parse("smith", ADMINISTRATOR).words().get(0)))
                .containsExactly(SearchField.LAST_NAME, SearchField.FIRST_NAME);
        assertThat(SearchTerms.parse("anna@acme", ADMINISTRATOR).wordsSearchable()).isFalse();
        assertThat(SearchTerms.parse("+49 30 1234", ADMINISTRATOR).wordsSearchable()).isFalse();
    }

    @Test
    void punctuationOnlyWordsAndWordsBeyondTheFifthAreIgnored() {
        assertThat(SearchTerms.parse("smith - jones", OFFICER).words()).extracting(Term::typed)
                .containsExactly("smith", "jones");
        assertThat(SearchTerms.parse("a b c d e f g", OFFICER).words()).hasSize(SearchTerms.MAX_WORDS);
        assertThat(SearchTerms.parse("   ", OFFICER).words()).isEmpty();
    }
}
