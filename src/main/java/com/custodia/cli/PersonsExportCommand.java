package com.custodia.cli;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.people.PersonExportService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code custodia persons export}: a disclosure of persons as CSV (DESIGN.md section 7). It goes
 * through the disclosure gate, so the role, the legal basis and its facts are checked, and the
 * ledger entry with the file's SHA-256 is committed before the file appears.
 */
@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Export persons as CSV: a disclosure, recorded in the ledger before the file is written.",
        description = {
            "Signs in as --user OPERATOR (the password comes from CUSTODIA_PASSWORD or a prompt), who needs a role "
                    + "that may export persons. The export is refused (exit 4, with the reason) unless BASIS "
                    + "covers it: consent needs an active consent of every person naming the recipient; "
                    + "internal-use is for privacy officers and administrators. Cells that a spreadsheet would "
                    + "run as a formula are neutralised.",
            "On a server, CUSTODIA_PASSPHRASE unlocks this workstation's signing key, which every disclosure needs."})
final class PersonsExportCommand implements Callable<Integer> {

    @ParentCommand
    PersonsCommand persons;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "Where to write the CSV (replaced if it exists).")
    Path file;

    @Option(names = "--recipient", paramLabel = "NAME", required = true, description = "Who receives the file.")
    String recipient;

    @Option(names = "--basis", paramLabel = "BASIS", required = true, converter = BasisConverter.class,
            description = "consent, partner-agreement, legal-order, enforcement, ip-protection, subject-request "
                    + "or internal-use.")
    LegalBasis basis;

    @Option(names = "--purpose", paramLabel = "TEXT", required = true, description = "Why the data is handed over.")
    String purpose;

    @Option(names = "--reference", paramLabel = "ID",
            description = "The consent, grant, order or request the disclosure relies on.")
    String reference;

    @Option(names = "--recipient-kind", paramLabel = "KIND", converter = KindConverter.class,
            description = "partner, third-party, authority, data-subject, public or internal "
                    + "(default: the one BASIS implies).")
    RecipientKind recipientKind;

    @Option(names = "--recipient-address", paramLabel = "TEXT", description = "The recipient's address, if known.")
    String recipientAddress;

    @Option(names = "--person", paramLabel = "ID", arity = "1..*",
            description = "Export only these persons (repeatable; default: all persons).")
    List<Long> personIds = List.of();

    @Override
    public Integer call() {
        CustodiaCommand global = persons.global;
        RecipientKind kind = recipientKind != null ? recipientKind : PersonExportService.defaultKind(basis);
        PersonExportService.Recipient to = new PersonExportService.Recipient(kind, recipient, recipientAddress, basis,
                reference, purpose);
        return new Connector(global).asOperator("persons export", (services, principal) -> {
            Connector.requireSigningKey(services, "disclose anything");
            Disclosed disclosed = services.personExport().export(principal, new LinkedHashSet<>(personIds), to, file,
                    new ProgressPrinter(global.context().err()));
            PrintWriter out = global.context().out();
            out.println("Exported " + recordsIn(file) + " persons to " + file.toAbsolutePath().normalize());
            out.println("Ledger entry: " + disclosed.ledgerSeq());
            out.println("SHA-256:      " + disclosed.payloadSha256());
            out.flush();
            return ExitCodes.OK;
        });
    }

    /** Counts the persons in the file as written, so the number printed is the number handed over. */
    private static long recordsIn(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            long count = 0;
            for (var ignored : parser) {
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("The export was written but cannot be read back: " + e.getMessage(), e);
        }
    }

    /** BASIS in its command-line spelling; an unknown one is a usage error that lists the choices. */
    static final class BasisConverter implements ITypeConverter<LegalBasis> {
        @Override
        public LegalBasis convert(String value) {
            try {
                return LegalBasis.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** KIND as {@code third-party} or {@code THIRD_PARTY}. */
    static final class KindConverter implements ITypeConverter<RecipientKind> {
        @Override
        public RecipientKind convert(String value) {
            String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (RecipientKind kind : RecipientKind.values()) {
                if (kind.name().equals(name)) {
                    return kind;
                }
            }
            throw new TypeConversionException("Unknown recipient kind '" + value + "'; use one of partner, "
                    + "third-party, authority, data-subject, public, internal.");
        }
    }
}
