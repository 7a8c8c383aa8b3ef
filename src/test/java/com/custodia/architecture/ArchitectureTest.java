package com.custodia.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.custodia.ledger.Checkpoint;
import com.custodia.ledger.Merkle;
import com.custodia.ledger.SigningKey;
import com.custodia.ledger.TamperKind;
import com.custodia.ledger.VerificationReport;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/** The layers of STYLE.md, enforced: the build fails when a dependency crosses a line. */
@AnalyzeClasses(packages = "com.custodia", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("com.custodia.app..")
            .layer("Cli").definedBy("com.custodia.cli..")
            .layer("Ui").definedBy("com.custodia.ui..")
            .layer("Service").definedBy("com.custodia.service..")
            .layer("CaseFile").definedBy("com.custodia.casefile..")
            .layer("Policy").definedBy("com.custodia.policy..")
            .optionalLayer("Ledger").definedBy("com.custodia.ledger..")
            .layer("Persistence").definedBy("com.custodia.persistence..")
            .layer("Domain").definedBy("com.custodia.domain..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
            .whereLayer("CaseFile").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Service")
            .whereLayer("Ledger").mayOnlyBeAccessedByLayers("Service", "CaseFile")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Service", "Ledger")
            .whereLayer("Policy").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Service", "Ledger")
            // the ledger service returns the ledger's own immutable results; showing one is not
            // reaching around the service, which did the role check and the work
            .ignoreDependency(resideInAnyPackage("com.custodia.cli..", "com.custodia.ui.."),
                    belongToAnyOf(VerificationReport.class, Checkpoint.class, TamperKind.class))
            .because("dependencies point down (app -> cli, ui -> service -> policy, ledger, persistence -> domain), "
                    + "so screens and commands reach data only through services that check roles and keep the ledger");

    @ArchTest
    static final ArchRule caseFilesOpenWithoutADatabase = classes()
            .that().resideInAPackage("com.custodia.casefile..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("com.custodia.casefile..", "java.lang..", "java.util..",
                    "java.io..", "java.nio..", "java.time..", "java.security..", "javax.crypto..",
                    "com.fasterxml.jackson..", "org.slf4j..")
                    .or(belongToAnyOf(Merkle.class, Checkpoint.class, SigningKey.class)))
            .because("a reviewer opens a case file on another machine with no workspace, no database and no sign-in: "
                    + "the format, its reader and its verifier use only the ledger's pure Merkle and signature code");

    @ArchTest
    static final ArchRule noJavaFxBelowTheUi = noClasses()
            .that().resideInAnyPackage("com.custodia.cli..", "com.custodia.service..", "com.custodia.policy..",
                    "com.custodia.ledger..", "com.custodia.persistence..", "com.custodia.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the command line must run with no display, and services are plain Java tested without a window");

    @ArchTest
    static final ArchRule policyIsPure = noClasses()
            .that().resideInAPackage("com.custodia.policy..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                    "java.sql..", "java.io..", "java.nio.file..", "java.net..")
            .because("the privacy policy's rules are pure functions: no database, no files, no network");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested without a window; only views know controls");

    @ArchTest
    static final ArchRule uiHasNoPersistenceTypes = noClasses()
            .that().resideInAnyPackage("com.custodia.ui..", "com.custodia.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "java.sql..")
            .because("screens and commands get immutable records from services, never live entities or connections");

    @ArchTest
    static final ArchRule oneDoorIntoTheFxThread = noClasses()
            .that().doNotHaveFullyQualifiedName("com.custodia.ui.common.FxTaskExecutor")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("one executor crosses threads (STYLE.md): features never call Platform.runLater themselves");

    @ArchTest
    static final ArchRule noConsoleOutputOutsideTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("com.custodia.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the console logs through slf4j and shows errors in dialogs; only commands print");

    @ArchTest
    static final ArchRule noThreadsPerClick = noClasses()
            .that().resideInAPackage("com.custodia.ui..")
            .and().doNotHaveFullyQualifiedName("com.custodia.ui.common.FxTaskExecutor")
            .should().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class)
            .because("background work goes through the TaskExecutor, not a new thread per click");

    private static final Set<String> FILE_WRITING_METHODS = Set.of("write", "writeString", "newOutputStream",
            "newBufferedWriter", "copy", "newByteChannel");

    private static final DescribedPredicate<JavaMethodCall> WRITES_A_FILE = DescribedPredicate.describe(
            "a method that writes file content", call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                return (owner.equals("java.nio.file.Files") && FILE_WRITING_METHODS.contains(name))
                        || ((owner.equals("com.fasterxml.jackson.databind.ObjectMapper")
                        || owner.equals("com.fasterxml.jackson.databind.ObjectWriter")) && name.equals("writeValue"));
            });

    private static final DescribedPredicate<JavaConstructorCall> OPENS_A_FILE_FOR_WRITING = DescribedPredicate.describe(
            "a constructor that opens a file for writing", call -> Set.of("java.io.FileOutputStream", "java.io.FileWriter",
                    "java.io.RandomAccessFile").contains(call.getTargetOwner().getName())
                    || (call.getTargetOwner().getName().equals("java.io.PrintWriter")
                    && !call.getTarget().getRawParameterTypes().isEmpty()
                    && Set.of("java.io.File", "java.lang.String").contains(
                            call.getTarget().getRawParameterTypes().get(0).getName())));

    /** The only classes that write files; everything else that leaves goes through the disclosure gate. */
    private static final String[] FILE_WRITERS = {
            "com.custodia.service.disclosure.FileRelease",      // disclosed bytes, after their ledger entry
            "com.custodia.service.settings.JsonFiles",         // profiles and window preferences, no personal data
            "com.custodia.persistence.WorkspaceFile",          // workspace.json: id and key-stretching parameters
            "com.custodia.ledger.KeyFile",                     // the encrypted signing key
            "com.custodia.ledger.AnchorFiles",                 // signed checkpoints
            "com.custodia.ledger.TreeEdgeFile",                // the Merkle tree's edge: hashes only
            // the report of a person import: line, external_id, column and reason, never a row's values
            "com.custodia.service.people.importing.ImportReportWriter",
            // a case file's entries, unpacked under numbered names into a fresh temporary folder
            "com.custodia.casefile.SafeZip",
            "com.custodia.casefile.CaseFileReader",            // decrypted payload, into the same temporary folder
            "com.custodia.casefile.TrustStore",                // the reviewer's pinned public keys
            "com.custodia.casefile.ReviewNotesFile",           // the reviewer's notes, beside the case file
            // a workspace backup: the database's encrypted bytes, workspace.json and anchors, for administrators
            "com.custodia.service.backup.BackupWriter"
    };

    @ArchTest
    static final ArchRule fileWritesGoThroughTheGate = noClasses()
            .that(DescribedPredicate.describe("are not allowed to write files",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> !Set.of(FILE_WRITERS).contains(c.getName())))
            .should().callMethodWhere(WRITES_A_FILE)
            .orShould().callConstructorWhere(OPENS_A_FILE_FOR_WRITING)
            .because("every export of personal data is a disclosure: it must pass the DisclosureGate, which commits "
                    + "the ledger entry before FileRelease writes the bytes (promise P11)");
}
