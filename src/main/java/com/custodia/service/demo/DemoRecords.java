package com.custodia.service.demo;

import static com.custodia.service.demo.DemoVocabulary.ADD_ONS;
import static com.custodia.service.demo.DemoVocabulary.BROWSERS;
import static com.custodia.service.demo.DemoVocabulary.CARD_BRANDS;
import static com.custodia.service.demo.DemoVocabulary.EDITIONS;
import static com.custodia.service.demo.DemoVocabulary.FORUM_SUBJECTS;
import static com.custodia.service.demo.DemoVocabulary.KEYWORDS;
import static com.custodia.service.demo.DemoVocabulary.LOCALES;
import static com.custodia.service.demo.DemoVocabulary.MAIL_SUBJECTS;
import static com.custodia.service.demo.DemoVocabulary.PAGES;
import static com.custodia.service.demo.DemoVocabulary.POSITIONS;
import static com.custodia.service.demo.DemoVocabulary.PRODUCTS;
import static com.custodia.service.demo.DemoVocabulary.REFERRERS;
import static com.custodia.service.demo.DemoVocabulary.SEARCH_ENGINES;
import static com.custodia.service.demo.DemoVocabulary.SEATS;
import static com.custodia.service.demo.DemoVocabulary.WINDOWS;
import static com.custodia.service.demo.DemoVocabulary.pick;

import com.custodia.domain.CommunicationPreference;
import com.custodia.domain.Correspondence;
import com.custodia.domain.CorrespondenceDirection;
import com.custodia.domain.CustomerOrder;
import com.custodia.domain.ForumPost;
import com.custodia.domain.JobApplication;
import com.custodia.domain.JobApplicationStatus;
import com.custodia.domain.License;
import com.custodia.domain.LicenseStatus;
import com.custodia.domain.MessageClass;
import com.custodia.domain.PaymentCard;
import com.custodia.domain.Person;
import com.custodia.domain.PointOfContact;
import com.custodia.domain.PointOfContactReason;
import com.custodia.domain.WebVisit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.StringJoiner;
import net.datafaker.Faker;

/**
 * The records generated for one person, by kind: visits for everyone, licenses and orders for
 * customers, a trial license and its point of contact for trial users, posts for forum members,
 * applications for applicants, points of contact for the other non-customers, and opt-outs of
 * optional mail for some. One instance is used by the generator thread only.
 */
final class DemoRecords {

    private static final Duration TWO_YEARS = Duration.ofDays(730);
    /** Replaced by the key derived from the person's id once it has one ({@link DemoBatch#insert}). */
    private static final String PENDING_KEY = "PENDING";

    private final Random random;
    private final Instant now;
    private final LocalDate today;

    DemoRecords(Random random, Instant now) {
        this.random = random;
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /**
     * Adds the records of one person to the batch. Until the batch is inserted and the person has
     * an id, records name the person by {@code slot}, its position in the batch.
     */
    void add(DemoBatch batch, int slot, DemoPersons.Generated generated, Faker faker) {
        Person p = generated.person();
        long id = slot;
        String[] locale = LOCALES[generated.locale()];
        visits(batch, id, locale[1]);
        switch (p.getKind()) {
            case CUSTOMER -> {
                int licenses = random.nextInt(10) < 7 ? 1 : 2;
                for (int i = 0; i < licenses; i++) {
                    licenseAndOrder(batch, id, i, locale[3]);
                }
                if (random.nextInt(10) == 0) {
                    forumPosts(batch, id, generated.email(), 1 + random.nextInt(2));
                }
                if (random.nextInt(100) < 15) {
                    mail(batch, id, generated.email(), 1 + random.nextInt(3));
                }
                optOuts(batch, id);
            }
            case TRIAL_USER -> {
                trial(batch, id);
                optOuts(batch, id);
            }
            case PARTNER_CONTACT -> mail(batch, id, generated.email(), 1 + random.nextInt(3));
            case POINT_OF_CONTACT -> {
                PointOfContactReason reason = pick(random, new PointOfContactReason[] {
                        PointOfContactReason.PRODUCT_ORDERED, PointOfContactReason.SUPPORT_REQUESTED,
                        PointOfContactReason.INFORMATION_REQUESTED});
                batch.pointsOfContact.add(new PointOfContact(id, reason, recent(), null));
                mail(batch, id, generated.email(), 1);
            }
            case FORUM_MEMBER -> {
                forumPosts(batch, id, generated.email(), 1 + random.nextInt(5));
                if (random.nextInt(10) < 3) {
                    batch.pointsOfContact.add(new PointOfContact(id, PointOfContactReason.SUPPORT_REQUESTED, recent(),
                            "asked for help in the forum"));
                }
            }
            case JOB_APPLICANT -> application(batch, id, p, faker);
        }
    }

    private void visits(DemoBatch batch, long id, String language) {
        int n = 3 + random.nextInt(6);
        String cookie = DemoVocabulary.hex(random, 32);
        String[] browser = pick(random, BROWSERS);
        int[] window = pick(random, WINDOWS);
        String addOns = addOns();
        for (int i = 0; i < n; i++) {
            String referrer = null;
            String engine = null;
            String keywords = null;
            int r = random.nextInt(10);
            if (r < 4) {
                String[] e = pick(random, SEARCH_ENGINES);
                engine = e[0];
                referrer = e[1];
                keywords = pick(random, KEYWORDS);
            } else if (r < 6) {
                referrer = pick(random, REFERRERS);
            }
            // most visits come back with the same cookie; some from a cleared browser
            String visitCookie = random.nextInt(10) == 0 ? DemoVocabulary.hex(random, 32) : cookie;
            batch.visits.add(new WebVisit(id, recent(), ip(),
                    new WebVisit.Browser(browser[0], browser[1 + random.nextInt(browser.length - 1)], language,
                            window[0], window[1], addOns),
                    new WebVisit.Arrival(referrer, engine, keywords), pages(), visitCookie));
        }
    }

    private void licenseAndOrder(DemoBatch batch, long id, int index, String currency) {
        String[] product = pick(random, PRODUCTS);
        String edition = pick(random, EDITIONS);
        int seats = SEATS[random.nextInt(SEATS.length)];
        LocalDate issued = today.minusDays(random.nextInt(4 * 365));
        LocalDate expires = random.nextInt(5) == 0 ? null : issued.plusYears(1 + random.nextInt(2));
        LicenseStatus status = expires != null && expires.isBefore(today) ? LicenseStatus.EXPIRED : LicenseStatus.ACTIVE;
        int r = random.nextInt(100);
        if (r < 3) {
            status = LicenseStatus.REVOKED;
        } else if (r < 5) {
            status = LicenseStatus.SUSPENDED;
        }
        LocalDate upgrades = random.nextBoolean() ? issued.plusYears(1 + random.nextInt(3)) : null;
        batch.addLicense(new License(id, PENDING_KEY, product[0], edition, seats, issued, expires, status, upgrades),
                product[1], index);
        Instant ordered = issued.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(86_400));
        BigDecimal amount = new BigDecimal(product[2]).multiply(BigDecimal.valueOf(seats))
                .multiply(edition.equals("Enterprise") ? new BigDecimal("1.8")
                        : edition.equals("Professional") ? new BigDecimal("1.3") : BigDecimal.ONE)
                .setScale(2, java.math.RoundingMode.HALF_UP);
        batch.orders.add(new CustomerOrder(id, product[0] + " " + edition, ordered, amount, currency, card(ordered)));
    }

    /** Brand, last four, expiry and token only: demo data never makes a whole card number either. */
    private PaymentCard card(Instant ordered) {
        if (random.nextInt(10) == 0) {
            return null; // paid by invoice
        }
        LocalDate from = LocalDate.ofInstant(ordered, ZoneOffset.UTC);
        String expiry = from.plusMonths(6 + random.nextInt(48)).toString().substring(0, 7);
        return new PaymentCard(pick(random, CARD_BRANDS), DemoVocabulary.digits(random, "####"), expiry,
                "tok_" + DemoVocabulary.base62(random, 24));
    }

    private void trial(DemoBatch batch, long id) {
        String[] product = pick(random, PRODUCTS);
        LocalDate issued = today.minusDays(random.nextInt(120));
        LocalDate expires = issued.plusDays(30);
        batch.addLicense(new License(id, PENDING_KEY, product[0], "Trial", 1, issued, expires,
                expires.isBefore(today) ? LicenseStatus.EXPIRED : LicenseStatus.ACTIVE, null), product[1], 7);
        batch.pointsOfContact.add(new PointOfContact(id, PointOfContactReason.TRIAL_ISSUED,
                issued.atStartOfDay(ZoneOffset.UTC).toInstant(), product[0] + " trial"));
    }

    private void forumPosts(DemoBatch batch, long id, String email, int n) {
        for (int i = 0; i < n; i++) {
            batch.forumPosts.add(new ForumPost(id, email, recent(), pick(random, FORUM_SUBJECTS)));
        }
    }

    private void mail(DemoBatch batch, long id, String email, int n) {
        for (int i = 0; i < n; i++) {
            batch.correspondence.add(new Correspondence(id, email, recent(), pick(random, MAIL_SUBJECTS),
                    random.nextBoolean() ? CorrespondenceDirection.INBOUND : CorrespondenceDirection.OUTBOUND));
        }
    }

    /** About a quarter make a choice about optional mail; most of those decline something. */
    private void optOuts(DemoBatch batch, long id) {
        if (random.nextInt(4) != 0) {
            return;
        }
        String source = pick(random, new String[] {"unsubscribe link", "account settings", "phone call with sales",
                "sign-up form"});
        Instant since = recent();
        int r = random.nextInt(10);
        if (r < 7) {
            batch.preferences.add(new CommunicationPreference(id, MessageClass.FEATURES, false, since, source));
        }
        if (r >= 4) {
            batch.preferences.add(new CommunicationPreference(id, MessageClass.UPGRADES, r < 9, since, source));
        }
    }

    private void application(DemoBatch batch, long id, Person p, Faker faker) {
        StringJoiner history = new StringJoiner("\n");
        int jobs = 1 + random.nextInt(3);
        int year = today.getYear() - 1;
        for (int i = 0; i < jobs; i++) {
            int from = year - 1 - random.nextInt(4);
            history.add(from + "–" + year + "  " + faker.job().title() + ", " + faker.company().name());
            year = from;
        }
        String address = p.getStreet() + ", " + p.getPostalCode() + " " + p.getCity() + ", " + p.getCountry();
        JobApplicationStatus status = pick(random, JobApplicationStatus.values());
        batch.applications.add(new JobApplication(id,
                new JobApplication.Applicant(p.getFirstName() + " " + p.getLastName(), address, p.getPhone(),
                        p.getEmail()),
                history.toString(), pick(random, POSITIONS), status, recent()));
    }

    private Instant recent() {
        return now.minusSeconds((long) (random.nextDouble() * TWO_YEARS.getSeconds()));
    }

    private String ip() {
        if (random.nextInt(10) == 0) {
            return "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + ":"
                    + Integer.toHexString(random.nextInt(0x10000)) + "::" + Integer.toHexString(1 + random.nextInt(0xffff));
        }
        return (1 + random.nextInt(223)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                + (1 + random.nextInt(254));
    }

    private String pages() {
        StringJoiner pages = new StringJoiner(" ");
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            pages.add(pick(random, PAGES));
        }
        return pages.toString();
    }

    private String addOns() {
        StringJoiner addOns = new StringJoiner(", ");
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            addOns.add(pick(random, ADD_ONS));
        }
        return n == 0 ? null : addOns.toString();
    }
}
