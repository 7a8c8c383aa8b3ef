package com.custodia.service.people;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.Person;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.persistence.Database;
import com.custodia.policy.CsvSafety;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.disclosure.FileRelease;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Exports persons as the CSV of DESIGN.md section 7, through the disclosure gate: the file is
 * written only after its ledger entry (with the file's SHA-256) is committed.
 */
public final class PersonExportService {

    /** The columns of the person CSV, in the order they are written. */
    public static final List<String> COLUMNS = List.of("external_id", "kind", "first_name", "last_name", "email", "phone",
            "company", "street", "city", "postal_code", "country", "language", "notes");
    /** The data categories those columns belong to. */
    public static final List<String> CATEGORIES = List.of("identity", "contact", "address", "employer", "preferences", "notes");

    private final Database database;
    private final DisclosureGate gate;

    public PersonExportService(Database database, DisclosureGate gate) {
        this.database = database;
        this.gate = gate;
    }

    /** Who receives the export and why. */
    public record Recipient(RecipientKind kind, String name, String address, LegalBasis basis, String reference,
                            String purpose) {
    }

    /** The recipient kind a basis implies when the operator names none. */
    public static RecipientKind defaultKind(LegalBasis basis) {
        return switch (basis) {
            case CONSENT, ENFORCEMENT, IP_PROTECTION -> RecipientKind.THIRD_PARTY;
            case PARTNER_AGREEMENT -> RecipientKind.PARTNER;
            case LEGAL_ORDER -> RecipientKind.AUTHORITY;
            case SUBJECT_REQUEST -> RecipientKind.DATA_SUBJECT;
            case INTERNAL_USE -> RecipientKind.INTERNAL;
        };
    }

    /**
     * Exports the given persons (all persons when {@code personIds} is empty) to {@code target}.
     */
    public Disclosed export(Principal actor, Set<Long> personIds, Recipient recipient, Path target, Progress progress) {
        progress.update(-1, "Reading persons");
        List<Person> persons = load(personIds);
        if (!personIds.isEmpty() && persons.size() != personIds.size()) {
            throw new IllegalArgumentException("Some of the persons to export do not exist.");
        }
        progress.checkCancelled();
        progress.update(0.5, "Writing " + persons.size() + " persons");
        byte[] csv = csv(persons);
        Set<Long> ids = new LinkedHashSet<>();
        persons.forEach(p -> ids.add(p.getId()));
        DisclosureRequest request = new DisclosureRequest(DisclosureKind.PERSON_EXPORT, recipient.kind(),
                recipient.name(), recipient.address(), recipient.basis(), recipient.reference(), ids, CATEGORIES,
                COLUMNS, recipient.purpose(), "file", null, null);
        progress.checkCancelled();
        Disclosed disclosed = gate.disclose(actor, request, csv, new FileRelease(target));
        progress.update(1.0, "Exported " + persons.size() + " persons");
        return disclosed;
    }

    private List<Person> load(Set<Long> personIds) {
        return database.fromTransaction(s -> {
            if (personIds.isEmpty()) {
                return s.createSelectionQuery("from Person order by id", Person.class).getResultList();
            }
            List<Person> out = new ArrayList<>();
            List<Long> ids = new ArrayList<>(personIds);
            for (int from = 0; from < ids.size(); from += 1000) {
                out.addAll(s.createSelectionQuery("from Person where id in :ids order by id", Person.class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList());
            }
            return out;
        });
    }

    static byte[] csv(List<Person> persons) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Person p : persons) {
                printer.printRecord(safe(p.getExternalId()), p.getKind().name().toLowerCase(java.util.Locale.ROOT),
                        safe(p.getFirstName()), safe(p.getLastName()), safe(p.getEmail()), safe(p.getPhone()),
                        safe(p.getCompany()), safe(p.getStreet()), safe(p.getCity()), safe(p.getPostalCode()),
                        safe(p.getCountry()), safe(p.getLanguage()), safe(p.getNotes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String safe(String cell) {
        return CsvSafety.neutralise(cell);
    }
}
