package com.custodia.service.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.PersonField;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.EditConflict.Change;
import com.custodia.service.people.EditConflict.Side;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing with optimistic locking between two workstations, held to the same behaviour on each engine. */
abstract class PersonEditingContract {

    @TempDir Path dir;
    Workstations ws;
    PersonEditor mine;
    PersonEditor theirs;
    long ada;

    protected abstract Workstations open(Path dir);

    @BeforeEach
    void create() {
        ws = open(dir);
        mine = ws.first().personEditor();
        theirs = ws.secondEditor();
        ada = ws.first().people().create(Workstations.OFFICER, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace",
                "Analytical Engines", "ada@example.com", "+44 20 1111", "1 St James's Square", "London", "SW1Y",
                "GB", "en"));
    }

    @AfterEach
    void close() {
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void loadGivesTheProfileAndTheVersionItWasReadAt() {
        LoadedPerson loaded = mine.load(Workstations.SALES, ada);
        assertThat(loaded.id()).isEqualTo(ada);
        assertThat(loaded.form().lastName()).isEqualTo("Lovelace");
        assertThat(loaded.form().kind()).isEqualTo(PersonKind.CUSTOMER);
        assertThat(loaded.form().status()).isEqualTo("ACTIVE");
        assertThat(loaded.form().notes()).isNull();
    }

    @Test
    void aSaveWritesTheChangesAndTheNextVersion() {
        LoadedPerson loaded = mine.load(Workstations.SALES, ada);
        LoadedPerson saved = mine.save(Workstations.SALES, loaded,
                loaded.form().with(PersonField.LAST_NAME, "Müller").with(PersonField.NOTES, "met at the fair"));
        assertThat(saved.version()).isEqualTo(loaded.version() + 1);
        assertThat(theirs.load(Workstations.SALES, ada)).isEqualTo(saved);
        // the search key follows the name
        assertThat(column("SELECT last_name_key FROM person WHERE id = " + ada)).isEqualTo("muller");
    }

    @Test
    void savingAnUnchangedFormWritesNothing() {
        LoadedPerson loaded = mine.load(Workstations.SALES, ada);
        assertThat(mine.save(Workstations.SALES, loaded, loaded.form())).isEqualTo(loaded);
        assertThat(mine.load(Workstations.SALES, ada).version()).isEqualTo(loaded.version());
    }

    @Test
    void aSaveFromAnotherWorkstationMeanwhileTurnsMineBackWithAllThreeVersions() {
        LoadedPerson myBase = mine.load(Workstations.SALES, ada);
        LoadedPerson theirBase = theirs.load(Workstations.SALES, ada);
        LoadedPerson theirSave = theirs.save(Workstations.SALES, theirBase, theirBase.form()
                .with(PersonField.EMAIL, "ada@lovelace.org").with(PersonField.PHONE, "+44 20 2222"));
        PersonForm myEdit = myBase.form().with(PersonField.EMAIL, "countess@example.com")
                .with(PersonField.CITY, "Marylebone");

        assertThatThrownBy(() -> mine.save(Workstations.SALES, myBase, myEdit))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    EditConflict c = e.conflict();
                    assertThat(c.base()).isEqualTo(myBase);
                    assertThat(c.theirs()).isEqualTo(theirSave);
                    assertThat(c.mine()).isEqualTo(myEdit);
                    assertThat(c.fields()).containsEntry(PersonField.EMAIL, Change.CONFLICT)
                            .containsEntry(PersonField.PHONE, Change.THEIRS)
                            .containsEntry(PersonField.CITY, Change.MINE)
                            .containsEntry(PersonField.LAST_NAME, Change.UNCHANGED);
                });
        // never overwritten silently
        assertThat(theirs.load(Workstations.SALES, ada)).isEqualTo(theirSave);
    }

    @Test
    void aSaveCommittedBetweenTheCheckAndTheUpdateIsRefusedByTheDatabaseItself() {
        LoadedPerson myBase = mine.load(Workstations.SALES, ada);
        LoadedPerson[] theirSave = new LoadedPerson[1];
        // the other workstation commits after this one compared versions and before its UPDATE runs
        PersonEditor racing = new PersonEditor(ws.first().database(), ws.first().guard(), ws.clock, () -> {
            LoadedPerson base = theirs.load(Workstations.SALES, ada);
            theirSave[0] = theirs.save(Workstations.SALES, base, base.form().with(PersonField.CITY, "Paris"));
        });

        assertThatThrownBy(() -> racing.save(Workstations.SALES, myBase, myBase.form().with(PersonField.CITY, "Rome")))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.conflict().theirs()).isEqualTo(theirSave[0]);
                    assertThat(e.conflict().conflicting()).containsExactly(PersonField.CITY);
                });
        assertThat(mine.load(Workstations.SALES, ada).form().city()).isEqualTo("Paris");
    }

    @Test
    void resolvingSavesTheChosenValuesAgainstTheirVersion() {
        LoadedPerson myBase = mine.load(Workstations.SALES, ada);
        LoadedPerson theirBase = theirs.load(Workstations.SALES, ada);
        theirs.save(Workstations.SALES, theirBase, theirBase.form().with(PersonField.EMAIL, "ada@lovelace.org")
                .with(PersonField.PHONE, "+44 20 2222"));
        EditConflict conflict = conflictOf(() -> mine.save(Workstations.SALES, myBase,
                myBase.form().with(PersonField.EMAIL, "countess@example.com").with(PersonField.CITY, "Marylebone")));

        ws.clock.advance(Duration.ofMinutes(1));
        LoadedPerson resolved = mine.resolve(Workstations.SALES, conflict, Map.of(PersonField.EMAIL, Side.MINE));

        assertThat(resolved.version()).isEqualTo(conflict.theirs().version() + 1);
        PersonForm stored = theirs.load(Workstations.SALES, ada).form();
        assertThat(stored.email()).isEqualTo("countess@example.com");  // chosen
        assertThat(stored.phone()).isEqualTo("+44 20 2222");           // only theirs
        assertThat(stored.city()).isEqualTo("Marylebone");             // only mine
    }

    @Test
    void aThirdSaveDuringResolutionIsAnotherConflictAgainstThatSave() {
        LoadedPerson myBase = mine.load(Workstations.SALES, ada);
        LoadedPerson theirBase = theirs.load(Workstations.SALES, ada);
        LoadedPerson second = theirs.save(Workstations.SALES, theirBase,
                theirBase.form().with(PersonField.EMAIL, "ada@lovelace.org"));
        EditConflict conflict = conflictOf(() -> mine.save(Workstations.SALES, myBase,
                myBase.form().with(PersonField.EMAIL, "countess@example.com")));
        LoadedPerson third = theirs.save(Workstations.SALES, second, second.form().with(PersonField.EMAIL, "a@l.org"));

        EditConflict again = conflictOf(() -> mine.resolve(Workstations.SALES, conflict,
                Map.of(PersonField.EMAIL, Side.MINE)));

        assertThat(again.base()).isEqualTo(conflict.theirs());
        assertThat(again.theirs()).isEqualTo(third);
        assertThat(again.mine().email()).isEqualTo("countess@example.com");
        assertThat(again.conflicting()).containsExactly(PersonField.EMAIL);
        assertThat(theirs.load(Workstations.SALES, ada)).isEqualTo(third);
    }

    @Test
    void anyUnicodeRoundTripsExactly() {
        String emoji = "Zo\u00EB \uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDCBB";       // ZWJ sequence
        String rtl = "\u05D3\u05B8\u05BC\u05D5\u05B4\u05D3 \u0645\u062D\u0645\u062F";  // Hebrew points, Arabic
        String combining = "Re\u0301ne\u0301e A\u030A";                                   // decomposed, kept so
        String zeroWidth = "Jo\u200Bhn\u200C\u2060\uFEFF";                                // ZWSP, ZWNJ, WJ, BOM
        String notes = "  line one\r\nline two\t\u202Eoverride\u202C\n";
        String longest = "\uD83C\uDF89".repeat(100);                                      // 200 UTF-16 units
        LoadedPerson loaded = mine.load(Workstations.SALES, ada);
        PersonForm edit = loaded.form().with(PersonField.FIRST_NAME, emoji).with(PersonField.LAST_NAME, longest)
                .with(PersonField.COMPANY, rtl).with(PersonField.CITY, combining).with(PersonField.STREET, zeroWidth)
                .with(PersonField.NOTES, notes);

        mine.save(Workstations.SALES, loaded, edit);

        PersonForm back = theirs.load(Workstations.SALES, ada).form();
        assertThat(back).isEqualTo(edit);
        assertThat(column("SELECT notes FROM person WHERE id = " + ada)).isEqualTo(notes);
        assertThat(column("SELECT first_name FROM person WHERE id = " + ada)).isEqualTo(emoji);
    }

    @Test
    void aNameWhoseSearchKeyNormalisesLongerThanItsColumnIsStillSaved() {
        LoadedPerson loaded = mine.load(Workstations.SALES, ada);
        String name = "\uFDFA".repeat(200);
        mine.save(Workstations.SALES, loaded, loaded.form().with(PersonField.LAST_NAME, name));
        assertThat(theirs.load(Workstations.SALES, ada).form().lastName()).isEqualTo(name);
        assertThat(column("SELECT last_name_key FROM person WHERE id = " + ada)).hasSize(200);
    }

    @Test
    void anInvalidProfileIsRefusedNamingEachFieldAndNothingIsWritten() {
        LoadedPerson loaded = mine.load(Workstations.SALES, ada);
        PersonForm bad = loaded.form().with(PersonField.LAST_NAME, " ").with(PersonField.EMAIL, "ada(at)example.com")
                .with(PersonField.COUNTRY, "UK").with(PersonField.PHONE, "1".repeat(51));

        assertThatThrownBy(() -> mine.save(Workstations.SALES, loaded, bad))
                .isInstanceOfSatisfying(InvalidPersonException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly(PersonField.LAST_NAME, PersonField.EMAIL,
                                PersonField.PHONE, PersonField.COUNTRY))
                .hasMessage("Last name is required.\n"
                        + "Email must be one address like name@example.com; it has no @.\n"
                        + "Phone is too long: 51 characters where at most 50 fit.\n"
                        + "Country must be a two-letter ISO 3166 country code such as DE, FR or US; \"UK\" is none.");
        assertThat(mine.load(Workstations.SALES, ada)).isEqualTo(loaded);
    }

    @Test
    void aNewPersonIsCheckedByTheEditRulesAndStoredTidied() {
        PersonDirectory people = ws.first().people();
        assertThatThrownBy(() -> people.create(Workstations.SALES, new NewPerson(PersonKind.CUSTOMER, "Grace", " ",
                null, "grace@", null, null, null, null, "usa", null)))
                .isInstanceOfSatisfying(InvalidPersonException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly(PersonField.LAST_NAME, PersonField.EMAIL,
                                PersonField.COUNTRY));
        long grace = people.create(Workstations.SALES, new NewPerson(PersonKind.CUSTOMER, " Grace ", "Hopper\u200B",
                "", "grace@example.com", null, null, null, null, "us", null));
        PersonForm stored = mine.load(Workstations.SALES, grace).form();
        assertThat(stored.firstName()).isEqualTo("Grace");
        assertThat(stored.lastName()).as("kept exactly inside").isEqualTo("Hopper\u200B");
        assertThat(stored.company()).isNull();
        assertThat(stored.country()).isEqualTo("US");
    }

    @Test
    void rolesWithoutEditingAreRefusedAndTheRefusalIsLogged() {
        Principal partners = TestWorkspaces.principal(1_003, "pat", Role.PARTNER_MANAGER);
        Principal admin = TestWorkspaces.principal(1_004, "adam", Role.ADMINISTRATOR);
        assertThatThrownBy(() -> mine.load(partners, ada)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your roles do not allow you to view person records.");
        LoadedPerson loaded = mine.load(Workstations.SALES, ada);
        assertThatThrownBy(() -> mine.save(admin, loaded, loaded.form().with(PersonField.CITY, "Bath")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your roles do not allow you to edit person records.");
        assertThat(mine.load(Workstations.SALES, ada)).isEqualTo(loaded);
    }

    @Test
    void anUnknownPersonIsNamed() {
        assertThatThrownBy(() -> mine.load(Workstations.SALES, 987_654L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no person with id 987654.");
    }

    static EditConflict conflictOf(Runnable save) {
        try {
            save.run();
        } catch (EditConflictException e) {
            return e.conflict();
        }
        throw new AssertionError("expected an edit conflict");
    }

    /** One value read by plain SQL, past the mapping, to see what the database really holds. */
    String column(String sql) {
        return ws.first().database().<String>fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
