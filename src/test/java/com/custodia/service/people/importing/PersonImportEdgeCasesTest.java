package com.custodia.service.people.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.PersonKind;
import com.custodia.service.people.NewPerson;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messy files of issue 4 on an encrypted workspace: each one either goes in exactly or is
 * refused with the line, the column and a reason in the report, and never stops the good rows.
 */
class PersonImportEdgeCasesTest {

    @TempDir
    Path dir;
    ImportFixture f;

    @BeforeEach
    void open() {
        f = new ImportFixture(dir, TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock()));
    }

    @AfterEach
    void close() {
        f.services.close();
    }

    private List<CSVRecord> report(ImportResult result) {
        return ImportFixture.parse(result.report());
    }

    private static String reasons(List<CSVRecord> report) {
        StringBuilder s = new StringBuilder();
        report.forEach(r -> s.append(r.get("line")).append(' ').append(r.get("column")).append(": ")
                .append(r.get("reason")).append('\n'));
        return s.toString();
    }

    @Test
    void byteOrderMarkAndCrlfLineEndsAreReadLikeAnyOtherFile() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("external_id,last_name\r\nb-1,Bom\r\nb-2,Crlf\r\n".getBytes(StandardCharsets.UTF_8));

        ImportResult result = f.importFile(f.file("bom.csv", bytes.toByteArray()));

        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.unknownColumns()).as("the BOM is not part of the first column's name").isEmpty();
        assertThat(f.stored("b-2").get("last_name")).isEqualTo("Crlf");
    }

    @Test
    void lfLineEndsAndEmptyLinesAreFineAndLinesInTheReportArePhysical() {
        String csv = "\n\nexternal_id,last_name,email\n\nl-1,Ok,ok@example.com\n   \n\"l-2\",\"Two\nlines\",ok2@example.com\n"
                + "\nl-3,Bad,not-an-address\nl-4,Ok,\n";

        ImportResult result = f.importFile(f.file("lf.csv", csv));

        assertThat(result.rowsRead()).isEqualTo(4);
        assertThat(result.inserted()).isEqualTo(3);
        assertThat(f.stored("l-2").get("last_name")).isEqualTo("Two\nlines");
        List<CSVRecord> report = report(result);
        assertThat(report).hasSize(1);
        assertThat(report.get(0).get("line")).isEqualTo("10");
        assertThat(report.get(0).get("external_id")).isEqualTo("l-3");
        assertThat(report.get(0).get("column")).isEqualTo("email");
        assertThat(report.get(0).get("reason")).isEqualTo("email is not an address: it has no @");
    }

    @Test
    void withoutALastNameColumnTheWholeFileIsRefusedBeforeAnyRowIsWritten() {
        Path file = f.file("nolast.csv", "external_id,first_name,email\nx-1,Ada,ada@example.com\n");

        assertThatThrownBy(() -> f.importFile(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("line 1 has no last_name column").hasMessageContaining("Nothing was imported")
                .hasMessageNotContaining("Ada");

        assertThat(f.persons()).isZero();
    }

    @Test
    void aHeaderNamingAColumnTwiceOrAnEmptyFileIsRefused() {
        assertThatThrownBy(() -> f.importFile(f.file("twice.csv", "last_name,email,Last Name\nA,a@b.de,B\n")))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("names last_name twice (columns 1 and 3)");
        assertThatThrownBy(() -> f.importFile(f.file("empty.csv", "\n\n")))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("The file is empty");
        assertThatThrownBy(() -> f.importFile(f.file("utf16.csv", "last_name\nA\n".getBytes(StandardCharsets.UTF_16LE))))
                .isInstanceOf(ImportFileException.class);
        assertThat(f.persons()).isZero();
    }

    @Test
    void unknownColumnsAreReportedOnceAndIgnored() {
        ImportResult result = f.importFile(f.file("extra.csv",
                "External ID,Last-Name,shoe_size,,email\nk-1,Known,44,x,k1@example.com\nk-2,Also,45,y,k2@example.com\n"));

        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.unknownColumns()).containsExactly("shoe_size", "(column 4, no name)");
        assertThat(result.allRowsTaken()).isTrue();
        List<CSVRecord> report = report(result);
        assertThat(report).extracting(r -> r.get("column")).containsExactly("shoe_size", "(column 4, no name)");
        assertThat(report).extracting(r -> r.get("line")).containsOnly("1");
    }

    @Test
    void invalidEmailsAreRefusedWithTheirReasonAndValidOnesGoIn() {
        String csv = ImportFixture.HEADER.replace(",notes", "") + "\n"
                + "e-1,,A,Good,anna@example.com,,,,,,,\n"
                + "e-2,,B,Idn,jörg@bücher.de,,,,,,,\n"
                + "e-3,,C,Two,a@b@example.com,,,,,,,\n"
                + "e-4,,D,Space,\"a b@example.com\",,,,,,,\n"
                + "e-5,,E,Nodot,root@localhost,,,,,,,\n"
                + "e-6,,F,Dots,a..b@example.com,,,,,,,\n"
                + "e-7,,G,Zw,a\u200B@example.com,,,,,,,\n";

        ImportResult result = f.importFile(f.file("emails.csv", csv));

        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(5);
        assertThat(reasons(report(result))).isEqualTo("""
                4 email: email is not an address: it has more than one @
                5 email: email is not an address: it contains a space or line break
                6 email: email is not an address: it has no dot in the domain after the @
                7 email: email is not an address: it has a dot at the start or end of the part before the @, or two dots in a row
                8 email: email is not an address: it contains an invisible control character
                """);
    }

    @Test
    void overLongValuesAreRefusedAndValuesAtTheLimitGoIn() {
        String atLimit = "x".repeat(200);
        String emojiOver = "😀".repeat(101); // 101 characters, 202 UTF-16 units: H2 counts the latter
        String csv = "external_id,first_name,last_name,notes,country\n"
                + "o-1," + atLimit + ",Limit,\"" + "n".repeat(4000) + "\",\n"
                + "o-2," + "y".repeat(201) + ",Over,,\n"
                + "o-3," + emojiOver + ",Emoji,,DEU\n"
                + "o-4,Ok," + "😀".repeat(100) + ",,de\n";

        ImportResult result = f.importFile(f.file("long.csv", csv));

        assertThat(result.inserted()).isEqualTo(2);
        assertThat(f.stored("o-1").get("first_name")).isEqualTo(atLimit);
        assertThat(f.stored("o-4").get("last_name")).isEqualTo("😀".repeat(100));
        assertThat(f.stored("o-4").get("country")).isEqualTo("DE");
        assertThat(reasons(report(result))).isEqualTo("""
                3 first_name: first_name is 201 characters long where at most 200 fit (emoji and other characters beyond the Basic Multilingual Plane count as two)
                4 first_name: first_name is 202 characters long where at most 200 fit (emoji and other characters beyond the Basic Multilingual Plane count as two)
                4 country: country is 3 characters long where at most 2 fit (emoji and other characters beyond the Basic Multilingual Plane count as two)
                """);
    }

    @Test
    void invalidUtf8RejectsThatRowOnlyAndNamesItsLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("external_id,last_name,city\nu-1,\"First\nof two lines\",Berlin\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'u', '-', '2', ',', 'M', (byte) 0xFC, 'l', 'l', 'e', 'r', ',', 'W', 'i', 'e', 'n', '\n'});
        bytes.writeBytes(new byte[] {'u', '-', '3', ',', 'X', ',', (byte) 0xE2, (byte) 0x82, '\n'});
        bytes.writeBytes("u-4,Après,Paris\n".getBytes(StandardCharsets.UTF_8));

        ImportResult result = f.importFile(f.file("latin1.csv", bytes.toByteArray()));

        assertThat(result.inserted()).isEqualTo(2);
        assertThat(f.stored("u-4").get("last_name")).isEqualTo("Après");
        List<CSVRecord> report = report(result);
        assertThat(reasons(report)).isEqualTo("""
                4 last_name: the bytes of last_name are not valid UTF-8 (byte 2 of the value); save the file as UTF-8
                5 city: the bytes of city are not valid UTF-8 (byte 1 of the value); save the file as UTF-8
                """);
        assertThat(report).extracting(r -> r.get("external_id")).containsExactly("u-2", "u-3");
    }

    @Test
    void brokenQuotingAndAWrongNumberOfValuesRejectTheirRowsOnly() {
        String csv = "external_id,last_name,company\n"
                + "q-1,\"Closed\"junk,Acme\n"
                + "q-2,Few\n"
                + "q-3,Many,Acme,extra\n"
                + "q-4,\"Fine, really\",\"He said \"\"no\"\"\"\n"
                + "q-5,\"never closed,Acme\nq-6,Lost,Acme\n";

        ImportResult result = f.importFile(f.file("quotes.csv", csv));

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(f.stored("q-4").get("company")).isEqualTo("He said \"no\"");
        assertThat(reasons(report(result))).isEqualTo("""
                2 last_name: the quoted value of last_name is followed by more text before the next comma; inside a quoted value a quote is written as two quotes ("")
                3 : the row has 2 values where the header has 3 columns; a value holding a comma must be in quotes
                4 : the row has 4 values where the header has 3 columns; a value holding a comma must be in quotes
                6 last_name: the quoted value of last_name is never closed, so everything to the end of the file (line 8) was read as part of it
                """);
    }

    @Test
    void kindIsReadWithoutRegardToCaseAndDefaultsToCustomer() {
        String csv = "external_id,kind,last_name\nk-1,Trial-User,A\nk-2,,B\nk-3,PARTNER_CONTACT,C\nk-4,prospect,D\n";

        ImportResult result = f.importFile(f.file("kinds.csv", csv));

        assertThat(f.stored("k-1").get("kind")).isEqualTo(PersonKind.TRIAL_USER.name());
        assertThat(f.stored("k-2").get("kind")).isEqualTo(PersonKind.CUSTOMER.name());
        assertThat(f.stored("k-3").get("kind")).isEqualTo(PersonKind.PARTNER_CONTACT.name());
        assertThat(reasons(report(result))).isEqualTo("5 kind: kind must be one of customer, trial_user, "
                + "partner_contact, point_of_contact, forum_member, job_applicant\n");
        assertThat(f.importFile(f.file("nokind.csv", "last_name\nE\n")).inserted()).isEqualTo(1);
    }

    @Test
    void missingLastNamesUnknownCountriesAndNulCharactersAreRefused() {
        String csv = "external_id,last_name,country,notes\nm-1,,DE,\nm-2,\"  \",DE,\nm-3,Ok,XX,\nm-4,Ok,DE,a\u0000b\n"
                + "m-5,Ok,us,\n";

        ImportResult result = f.importFile(f.file("misc.csv", csv));

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(reasons(report(result))).isEqualTo("""
                2 last_name: last_name is required
                3 last_name: last_name is required
                4 country: country must be a two-letter ISO 3166 code such as DE or US
                5 notes: notes contains a NUL character (byte 0), which the database cannot store
                """);
    }

    @Test
    void theSecondRowWithAnExternalIdIsRefusedAndNamesTheFirst() {
        StringBuilder csv = new StringBuilder("external_id,last_name\n");
        for (int i = 0; i < 30; i++) {
            csv.append("d-").append(i).append(",Row").append(i).append('\n');
        }
        csv.append("d-3,Again\n");

        ImportResult result = f.importFile(f.file("dup.csv", csv.toString()), ImportOptions.defaults().withBatchSize(7));

        assertThat(result.inserted()).isEqualTo(30);
        assertThat(f.stored("d-3").get("last_name")).isEqualTo("Row3");
        assertThat(reasons(report(result))).isEqualTo(
                "32 external_id: external_id appears more than once in the file; line 5 has it already\n");
    }

    @Test
    void rowsWithoutAnExternalIdAreNewPersonsEachTime() {
        Path file = f.file("anon.csv", "last_name,email\nNoId,a@example.com\nNoId,a@example.com\n");

        assertThat(f.importFile(file).inserted()).isEqualTo(2);
        assertThat(f.importFile(file).inserted()).isEqualTo(2);

        assertThat(f.persons()).isEqualTo(4);
    }

    @Test
    void theReportNamesRowsByLineAndExternalIdAndRepeatsNoOtherValue() throws Exception {
        String csv = "external_id,first_name,last_name,email,phone,notes\n"
                + "p-1,Secretfirst,Secretlast,secret@@example.com,+49 555 0101,a private note\n"
                + "=cmd,Hidden,,hidden@example.com,,\n";

        ImportResult result = f.importFile(f.file("private.csv", csv));

        String report = Files.readString(result.report());
        assertThat(report).contains("p-1").contains("'=cmd")
                .doesNotContain("Secret").doesNotContain("secret@").doesNotContain("555").doesNotContain("private")
                .doesNotContain("Hidden");
    }

    @Test
    void importedAndEditedPersonsNeverShareAnId() {
        long before = f.services.people().create(f.officer, new NewPerson(PersonKind.CUSTOMER, "A", "Before", null,
                null, null, null, null, null, null, null));
        StringBuilder csv = new StringBuilder("last_name\n");
        for (int i = 0; i < 120; i++) {
            csv.append("Imported").append(i).append('\n');
        }
        f.importFile(f.file("ids.csv", csv.toString()));
        long after = f.services.people().create(f.officer, new NewPerson(PersonKind.CUSTOMER, "B", "After", null,
                null, null, null, null, null, null, null));

        assertThat(f.persons()).isEqualTo(122);
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aHeaderOnlyFileImportsNothingAndIsComplete() {
        ImportResult result = f.importFile(f.file("header.csv", ImportFixture.HEADER + "\n"));

        assertThat(result.rowsRead()).isZero();
        assertThat(result.allRowsTaken()).isTrue();
        assertThat(result.report()).isEqualTo(dir.resolve("header.report.csv"));
        assertThat(report(result)).isEmpty();
    }
}
