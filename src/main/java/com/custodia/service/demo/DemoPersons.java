package com.custodia.service.demo;

import static com.custodia.service.demo.DemoVocabulary.LOCALES;
import static com.custodia.service.demo.DemoVocabulary.digits;

import com.custodia.domain.Person;
import com.custodia.domain.PersonKind;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import net.datafaker.Faker;

/**
 * Generated persons: names, companies and addresses from Datafaker in eight locales, the rest
 * (phones, emails, kinds) drawn directly, because Datafaker's phone numbers cost more than the
 * rest of a person together. One instance is used by one thread.
 */
final class DemoPersons {

    /** A generated person and the facts its records are built from. */
    record Generated(Person person, int locale, String email) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private final Random random;
    private final Faker[] fakers;
    private final Instant now;

    DemoPersons(long seed, Random random, Instant now) {
        this.random = random;
        this.now = now;
        fakers = new Faker[LOCALES.length];
        for (int i = 0; i < LOCALES.length; i++) {
            String[] tag = LOCALES[i][1].split("-");
            fakers[i] = new Faker(new Locale(tag[0], tag[1]), new Random(seed + i));
        }
    }

    Generated next() {
        int locale = random.nextInt(LOCALES.length);
        Faker faker = fakers[locale];
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        String company = faker.company().name();
        Instant created = now.minus(Duration.ofMinutes(random.nextInt(5 * 365 * 24 * 60)));
        String email = email(first, last, company);
        String[] l = LOCALES[locale];
        Person p = new Person(kind(), first, last, created)
                .withCompany(company)
                .withEmail(email)
                .withPhone(digits(random, l[2]))
                .withAddress(faker.address().streetAddress(), faker.address().city(), faker.address().zipCode(), l[0])
                .withLanguage(l[1].substring(0, 2));
        p.touch(created);
        return new Generated(p, locale, email);
    }

    Faker faker(int locale) {
        return fakers[locale];
    }

    private PersonKind kind() {
        int r = random.nextInt(100);
        if (r < 70) {
            return PersonKind.CUSTOMER;
        } else if (r < 80) {
            return PersonKind.TRIAL_USER;
        } else if (r < 85) {
            return PersonKind.PARTNER_CONTACT;
        } else if (r < 90) {
            return PersonKind.POINT_OF_CONTACT;
        } else if (r < 95) {
            return PersonKind.FORUM_MEMBER;
        }
        return PersonKind.JOB_APPLICANT;
    }

    private String email(String first, String last, String company) {
        String domain = ascii(company);
        if (domain.length() > 24) {
            domain = domain.substring(0, 24);
        }
        if (domain.isEmpty()) {
            domain = "example";
        }
        // a number keeps generated addresses apart when names repeat
        return ascii(first) + "." + ascii(last) + random.nextInt(1000) + "@" + domain + ".example";
    }

    private static String ascii(String s) {
        String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
