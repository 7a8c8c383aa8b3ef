package com.custodia.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.custodia.persistence.WorkspaceInfo;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The command line's place in the layers (STYLE.md): services only, never JavaFX. */
class CliArchitectureTest {

    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.custodia.cli");

    @Test
    void theCommandLineNeverTouchesJavaFx() {
        ArchRule rule = noClasses().that().resideInAPackage("com.custodia.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.custodia.ui..", "com.custodia.app..")
                .because("commands must run on machines with no display, and loading JavaFX there fails");
        rule.check(CLI);
    }

    @Test
    void theCommandLineWorksThroughServicesOnly() {
        ArchRule rule = noClasses().that().resideInAPackage("com.custodia.cli..")
                .should().dependOnClassesThat(
                        DescribedPredicate.describe("persistence, Hibernate or JDBC",
                                c -> (c.getPackageName().startsWith("com.custodia.persistence")
                                        && !c.isEquivalentTo(WorkspaceInfo.class))
                                        || c.getPackageName().startsWith("org.hibernate")
                                        || c.getPackageName().startsWith("jakarta.persistence")
                                        || c.getPackageName().startsWith("java.sql")))
                .because("role checks, transactions and the security log live in the services; "
                        + "WorkspaceInfo is only the identity record Services.info() returns");
        rule.check(CLI);
    }
}
