package com.custodia.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "4111 1111 1111 1111, Visa, 1111",
            "4111-1111-1111-1111, Visa, 1111",
            "  4111111111111111 , Visa, 1111",
            "5555 5555 5555 4444, Mastercard, 4444",
            "2223 0031 2200 3222, Mastercard, 3222",
            "3782 822463 10005, American Express, 0005",
            "6011 1111 1111 1117, Discover, 1117",
            "3530 1113 3330 0000, JCB, 0000",
            "4000 0566 5566 5556, Visa, 5556",
            "6200 0000 0000 0005, UnionPay, 0005"})
    void aWholeCardNumberIsReducedToBrandAndLastFour(String typed, String brand, String last4) {
        CardNumbers.Reduced reduced = CardNumbers.reduce(typed);
        assertThat(reduced.brand()).isEqualTo(brand);
        assertThat(reduced.last4()).isEqualTo(last4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4242", "**** **** **** 4242", "XXXX-XXXX-XXXX-4242", "•••• 4242"})
    void theLastFourDigitsAloneOrAMaskedNumberAreKept(String typed) {
        assertThat(CardNumbers.reduce(typed)).isEqualTo(new CardNumbers.Reduced(null, "4242"));
    }

    @Test
    void aMistypedWholeNumberIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> CardNumbers.reduce("4111 1111 1111 1112"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digit")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("4111").doesNotContain("1112"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "4111 1111", "visa", "41111111111111111111111", "4111 1111 1111 1111 x"})
    void anythingElseIsRefusedWithAReadableMessage(String typed) {
        assertThatThrownBy(() -> CardNumbers.reduce(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Card number:");
    }

    @Test
    void cardNumbersAreFoundInFreeTextEvenWithTheSecurityCodeBehind() {
        assertThat(CardNumbers.containsCardNumber("please charge 4111 1111 1111 1111 123 thanks")).isTrue();
        assertThat(CardNumbers.containsCardNumber("card:5555-5555-5555-4444")).isTrue();
        assertThat(CardNumbers.find("a 378282246310005 b 6011111111111117"))
                .extracting(CardNumbers.Found::last4).containsExactly("0005", "1117");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+49 30 1234567", "order 20240117-0042", "IBAN DE89 3704 0044 0532 0130 00",
            "ref 4111 1111 1111 1112", "tok_1N3T00LkdIwHu7ix"})
    void ordinaryNumbersAreNotTakenForCards(String text) {
        assertThat(CardNumbers.containsCardNumber(text)).isFalse();
    }

    @Test
    void redactionKeepsOnlyTheLastFour() {
        assertThat(CardNumbers.redact("paid with 4111 1111 1111 1111, thanks"))
                .isEqualTo("paid with [card …1111], thanks");
        assertThat(CardNumbers.redact("nothing here")).isEqualTo("nothing here");
    }

    @Test
    void aTokenOrBrandThatCouldCarryANumberIsRefused() {
        assertThatThrownBy(() -> new PaymentCard("Visa", "1111", "2027-09", "4111111111111111"))
                .hasMessageContaining("Card token");
        assertThatThrownBy(() -> new PaymentCard("4111111111111111", "1111", null, null))
                .hasMessageContaining("Card brand");
        assertThatThrownBy(() -> new PaymentCard(null, "41111", null, null))
                .hasMessageContaining("last four");
    }

    @Test
    void expiryIsKeptAsYearAndMonth() {
        assertThat(new PaymentCard(null, null, "9/27", null).expiry()).isEqualTo("2027-09");
        assertThat(new PaymentCard(null, null, "09/2031", null).expiry()).isEqualTo("2031-09");
        assertThat(new PaymentCard(null, null, "2030-12", null).expiry()).isEqualTo("2030-12");
        assertThatThrownBy(() -> new PaymentCard(null, null, "13/27", null)).hasMessageContaining("expiry");
    }

    @Test
    void noGeneratedCardNumberEverReachesAnOrderWhole() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            String pan = luhnNumber(random, 12 + random.nextInt(8));
            String typed = grouped(pan, random);
            CustomerOrder order = new CustomerOrder(1, "Custodia Desk", Instant.EPOCH, new BigDecimal("10.00"), "EUR",
                    PaymentCard.fromTyped(typed, null, "12/30", "tok_" + i));
            PaymentCard held = order.getCard();
            String all = held.brand() + held.last4() + held.expiry() + held.token();
            assertThat(all).doesNotContain(pan).doesNotContain(pan.substring(0, 8));
            assertThat(held.last4()).isEqualTo(pan.substring(pan.length() - 4));
        }
    }

    private static String luhnNumber(Random random, int length) {
        StringBuilder b = new StringBuilder();
        b.append(1 + random.nextInt(9));
        while (b.length() < length - 1) {
            b.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (CardNumbers.luhn(b.toString() + check)) {
                return b.append(check).toString();
            }
        }
        throw new AssertionError("no check digit");
    }

    private static String grouped(String pan, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pan.length(); i++) {
            if (i > 0 && i % 4 == 0 && random.nextBoolean()) {
                b.append(random.nextBoolean() ? ' ' : '-');
            }
            b.append(pan.charAt(i));
        }
        return b.toString();
    }
}
