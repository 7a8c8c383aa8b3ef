package com.custodia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * An order a person placed. The payment card is kept only as a {@link PaymentCard} (brand, last
 * four digits, expiry, token), whose rules refuse anything that could carry a whole number.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder implements HistoryTracked, PersonRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_data_seq")
    @SequenceGenerator(name = "customer_data_seq", sequenceName = "customer_data_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "product", nullable = false, length = 100)
    private String product;

    @Column(name = "ordered_at", nullable = false)
    private Instant orderedAt;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "card_brand", length = 20)
    private String cardBrand;

    @Column(name = "card_last4", length = 4)
    private String cardLast4;

    @Column(name = "card_expiry", length = 7)
    private String cardExpiry;

    @Column(name = "card_token", length = 100)
    private String cardToken;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CustomerOrder() {
    }

    public CustomerOrder(long personId, String product, Instant orderedAt, BigDecimal amount, String currency,
                         PaymentCard card) {
        this.personId = personId;
        this.product = Texts.required("Product", product, 100);
        this.orderedAt = Objects.requireNonNull(orderedAt, "orderedAt");
        changeAmount(amount, currency);
        changeCard(card);
    }

    public Long getId() { return id; }
    @Override public long getPersonId() { return personId; }
    public String getProduct() { return product; }
    public Instant getOrderedAt() { return orderedAt; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public long getVersion() { return version; }

    /** The card as held: never a whole number. */
    public PaymentCard getCard() {
        return new PaymentCard(cardBrand, cardLast4, cardExpiry, cardToken);
    }

    public void changeAmount(BigDecimal amount, String currency) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("Amount cannot be negative.");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Amount has at most two decimal places.");
        }
        BigDecimal scaled = amount.setScale(2, RoundingMode.UNNECESSARY);
        if (scaled.precision() > 12) {
            throw new IllegalArgumentException("Amount is too large.");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Currency: three capital letters (ISO 4217), such as EUR.");
        }
        this.amount = scaled;
        this.currency = currency;
    }

    /** Replaces the card (or removes it with null); a {@link PaymentCard} never holds a whole number. */
    public void changeCard(PaymentCard card) {
        PaymentCard c = card == null ? new PaymentCard(null, null, null, null) : card;
        this.cardBrand = c.brand();
        this.cardLast4 = c.last4();
        this.cardExpiry = c.expiry();
        this.cardToken = c.token();
    }

    @Override
    public Long historyPersonId() { return personId; }

    @Override
    public void moveTo(long personId) { this.personId = personId; }
}
