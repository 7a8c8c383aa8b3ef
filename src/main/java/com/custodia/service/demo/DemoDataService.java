package com.custodia.service.demo;

import com.custodia.domain.Person;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.SecurityEventKind;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Generates realistic demo data with Datafaker. The same seed gives the same persons.
 * Later issues add licenses, orders, analytics, consents and the rest to the generator.
 */
public final class DemoDataService {

    private static final int BATCH = 1000;
    private static final String[][] LOCALES = {
            {"en", "US"}, {"en", "GB"}, {"de", "DE"}, {"fr", "FR"}, {"nl", "NL"}, {"es", "ES"}, {"it", "IT"}, {"sv", "SE"}
    };

    private final Database database;
    private final AccessGuard guard;
    private final SecurityLog log;
    private final Clock clock;

    public DemoDataService(Database database, AccessGuard guard, SecurityLog log, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.log = log;
        this.clock = clock;
    }

    /** Inserts {@code count} persons in batches; each batch commits on its own, so cancel keeps whole batches. */
    public int generatePersons(Principal actor, int count, long seed, Progress progress) {
        guard.require(actor, Permission.DEMO_DATA_GENERATE, "generate demo data");
        if (count < 0) {
            throw new IllegalArgumentException("The number of persons cannot be negative.");
        }
        Random random = new Random(seed);
        Faker[] fakers = new Faker[LOCALES.length];
        for (int i = 0; i < LOCALES.length; i++) {
            fakers[i] = new Faker(new Locale(LOCALES[i][0], LOCALES[i][1]), new Random(seed + i));
        }
        Instant now = clock.instant();
        int done = 0;
        while (done < count) {
            progress.checkCancelled();
            int size = Math.min(BATCH, count - done);
            database.inStatelessTransaction(session -> {
                session.setJdbcBatchSize(BATCH);
                for (int i = 0; i < size; i++) {
                    int localeIndex = random.nextInt(LOCALES.length);
                    session.insert(person(fakers[localeIndex], LOCALES[localeIndex], random, now));
                }
            });
            done += size;
            progress.update((double) done / count, done + " of " + count + " persons");
        }
        log.record(SecurityEventKind.DEMO_DATA_GENERATED, actor.username(), count + " persons, seed " + seed);
        return done;
    }

    private static Person person(Faker faker, String[] locale, Random random, Instant now) {
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        String company = faker.company().name();
        Instant created = now.minus(Duration.ofMinutes(random.nextInt(5 * 365 * 24 * 60)));
        Person p = new Person(kind(random), first, last, created)
                .withCompany(company)
                .withEmail(email(first, last, company, random))
                .withPhone(faker.phoneNumber().phoneNumber())
                .withAddress(faker.address().streetAddress(), faker.address().city(), faker.address().zipCode(), locale[1])
                .withLanguage(locale[0]);
        p.touch(created);
        return p;
    }

    private static PersonKind kind(Random random) {
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

    private static String email(String first, String last, String company, Random random) {
        String domain = ascii(company).replaceAll("[^a-z0-9]+", "").replaceAll("^(.{1,24}).*$", "$1");
        if (domain.isEmpty()) {
            domain = "example";
        }
        String local = ascii(first).replaceAll("[^a-z0-9]+", "") + "." + ascii(last).replaceAll("[^a-z0-9]+", "");
        // a number keeps generated addresses apart when names repeat
        return local + random.nextInt(1000) + "@" + domain + ".example";
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
